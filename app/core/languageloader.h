#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Installs the translators for the UI language: QueueLens's own strings (embedded as
// :/i18n/queuelens_<lang>.qm) and, when Qt ships them, Qt's own (qtbase_<lang>.qm).
// Calling install() again replaces the previous language, so the GUI can switch live.
class LanguageLoader
{
    Q_DECLARE_TR_FUNCTIONS(LanguageLoader)

public:
    static constexpr const char *SourceLanguage = "en";

    // requested: "", "system", or a code such as "zh_CN", "zh-CN", "zh", "ru", "en".
    // Returns the language actually in effect ("en" when nothing matched).
    static QString install(const QString &requested);
    static QString currentLanguage();

    // "en" plus every embedded translation, e.g. {"en", "ru", "zh_CN"}.
    static QStringList availableLanguages();
    // The language's own name for itself ("Русский", "简体中文").
    static QString nativeName(const QString &language);
    // Whether a requested code (as accepted by install) names a shipped language.
    static bool isAvailable(const QString &requested);
    // Whether Qt's own translation for the current language was found and installed.
    static bool hasQtTranslation();
    // Where Qt's own translations are looked for: Qt's translations path, then a
    // "translations" folder beside the executable (bundled on Windows and macOS).
    static QStringList qtTranslationFolders();
};
