#include "languageloader.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("queuelens_");

struct InstalledTranslators
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString language = QString::fromLatin1(LanguageLoader::SourceLanguage);
};

InstalledTranslators &installed()
{
    static InstalledTranslators translators;
    return translators;
}

void removeInstalled()
{
    auto &state = installed();
    for (auto *translator : {state.app.get(), state.qt.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    state.app.reset();
    state.qt.reset();
    state.language = QString::fromLatin1(LanguageLoader::SourceLanguage);
}

// Locales to try, most specific first: the requested one, or the system's UI languages.
QList<QLocale> candidateLocales(const QString &requested)
{
    const QString code = requested.trimmed();
    if (code.isEmpty() || code.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return {QLocale::system()};
    QString normalized = code;
    normalized.replace(QLatin1Char('-'), QLatin1Char('_'));
    return {QLocale(normalized)};
}

// The shipped language a locale maps to, or empty.
QString matchShipped(const QLocale &locale)
{
    const QStringList shipped = LanguageLoader::availableLanguages();
    for (QString ui : locale.uiLanguages()) {
        ui.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (shipped.contains(ui))
            return ui;
        // "zh_Hans_CN" -> "zh_CN"; "ru_RU" -> "ru"
        const QStringList parts = ui.split(QLatin1Char('_'));
        if (parts.size() >= 2 && shipped.contains(parts.first() + QLatin1Char('_') + parts.last()))
            return parts.first() + QLatin1Char('_') + parts.last();
        if (shipped.contains(parts.first()))
            return parts.first();
    }
    // A bare language ("zh") picks the one shipped variant of it.
    for (const QString &language : shipped) {
        if (QLocale(language).language() == locale.language() && locale.language() != QLocale::C)
            return language;
    }
    return {};
}

} // namespace

QStringList LanguageLoader::availableLanguages()
{
    QStringList languages{QString::fromLatin1(SourceLanguage)};
    const QStringList files = QDir(kResourceDir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(kPrefix.size()).chopped(3);
        if (!languages.contains(language))   // queuelens_en.qm: English plural forms only
            languages.append(language);
    }
    return languages;
}

bool LanguageLoader::isAvailable(const QString &requested)
{
    const QString match = matchShipped(candidateLocales(requested).first());
    return !match.isEmpty();
}

QString LanguageLoader::install(const QString &requested)
{
    removeInstalled();
    const QLocale wanted = candidateLocales(requested).first();
    const QString language = matchShipped(wanted);
    if (language.isEmpty() || language == QLatin1String(SourceLanguage)) {
        // English's own plural forms ("1 task", "2 tasks"); the source texts say "task(s)".
        auto plurals = std::make_unique<QTranslator>();
        if (plurals->load(kPrefix + QString::fromLatin1(SourceLanguage), kResourceDir)) {
            QCoreApplication::installTranslator(plurals.get());
            installed().app = std::move(plurals);
        }
        // Back to English after another language: dates and numbers follow the request (or the
        // system), not the language used before.
        QLocale::setDefault(language.isEmpty() ? QLocale::system() : QLocale(QLocale::English, QLocale::UnitedStates));
        return currentLanguage();
    }

    auto app = std::make_unique<QTranslator>();
    if (!app->load(kPrefix + language, kResourceDir))
        return currentLanguage();
    QCoreApplication::installTranslator(app.get());

    // Qt's own texts (OK, Cancel, file dialogs, text-field context menus): "qt_<lang>" pulls in
    // qtbase and the other modules' catalogs. Where the system has none (Windows, macOS), the
    // deployment tools put them into a "translations" folder beside the executable.
    auto qt = std::make_unique<QTranslator>();
    for (const QString &folder : qtTranslationFolders()) {
        if (qt->load(QStringLiteral("qt_") + language, folder)) {
            QCoreApplication::installTranslator(qt.get());
            installed().qt = std::move(qt);
            break;
        }
    }
    installed().app = std::move(app);
    installed().language = language;
    QLocale::setDefault(QLocale(language));
    return language;
}

bool LanguageLoader::hasQtTranslation()
{
    return installed().qt != nullptr;
}

QStringList LanguageLoader::qtTranslationFolders()
{
    QStringList folders{QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    if (QCoreApplication::instance())
        folders.append(QCoreApplication::applicationDirPath() + QStringLiteral("/translations"));
    return folders;
}

QString LanguageLoader::currentLanguage()
{
    return installed().language;
}

QString LanguageLoader::nativeName(const QString &language)
{
    if (language == QLatin1String(SourceLanguage))
        return QStringLiteral("English");
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (locale.language() == QLocale::Chinese) {
        name = locale.script() == QLocale::TraditionalChineseScript ? QStringLiteral("繁體中文")
                                                                     : QStringLiteral("简体中文");
    } else if (language.contains(QLatin1Char('_')) && !locale.nativeTerritoryName().isEmpty()) {
        // A regional variant says which region: "Português (Brasil)".
        name = QStringLiteral("%1 (%2)").arg(name, locale.nativeTerritoryName());
    } else if (!locale.nativeTerritoryName().isEmpty() && name.contains(locale.nativeTerritoryName())) {
        // A language shipped for all its regions is named without one: CLDR calls plain "es"
        // "español de España", the picker shows "Español".
        name = name.section(QLatin1Char(' '), 0, 0);
    }
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? language : name;
}
