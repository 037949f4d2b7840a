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
    for (const QString &file : files)
        languages.append(file.mid(kPrefix.size()).chopped(3));
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
    const QString language = matchShipped(candidateLocales(requested).first());
    if (language.isEmpty() || language == QLatin1String(SourceLanguage))
        return currentLanguage();

    auto app = std::make_unique<QTranslator>();
    if (!app->load(kPrefix + language, kResourceDir))
        return currentLanguage();
    QCoreApplication::installTranslator(app.get());

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().qt = std::move(qt);
    }
    installed().app = std::move(app);
    installed().language = language;
    QLocale::setDefault(QLocale(language));
    return language;
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
    if (locale.language() == QLocale::Chinese)
        name = locale.script() == QLocale::TraditionalChineseScript ? QStringLiteral("繁體中文")
                                                                     : QStringLiteral("简体中文");
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? language : name;
}
