#include "builtinproviders.h"
#include "errorcatalog.h"
#include "languageloader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString translation;
    QString translationType;   // "", "unfinished", "vanished", "obsolete"
    QStringList numerusForms;
    bool numerus = false;

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
};

bool readTs(const QString &path, TsFile *file, QString *error)
{
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        *error = device.errorString();
        return false;
    }
    QXmlStreamReader xml(&device);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            file->language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.numerusForms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translation = xml.readElementText();
            }
            file->messages.append(message);
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return false;
    }
    return true;
}

QStringList shippedTsFiles()
{
    return QString::fromUtf8(QUEUELENS_TS_FILES).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QString languageOf(const QString &tsPath)
{
    const QString base = QFileInfo(tsPath).completeBaseName();   // queuelens_zh_CN
    return base.mid(base.indexOf(QLatin1Char('_')) + 1);
}

QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression pattern(QStringLiteral("%L?\\d"));
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured().remove(QLatin1Char('L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void shippedFilesAreFinished_data();
    void shippedFilesAreFinished();
    void shippedFilesCoverEverySourceString();
    void catalogIsTranslated_data();
    void catalogIsTranslated();
    void languageSelection();
    void pluralFormsFollowEachLanguage_data();
    void pluralFormsFollowEachLanguage();
    void englishHasRealPlurals();
    void qtOwnTextsAreTranslated_data();
    void qtOwnTextsAreTranslated();
};

void TestTranslations::shippedFilesAreFinished_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = shippedTsFiles();
    QVERIFY(files.size() >= 2);
    for (const QString &path : files)
        QTest::newRow(qPrintable(languageOf(path))) << path;
}

void TestTranslations::shippedFilesAreFinished()
{
    QFETCH(QString, path);
    TsFile file;
    QString error;
    QVERIFY2(readTs(path, &file, &error), qPrintable(error));
    QCOMPARE(file.language, languageOf(path));
    QVERIFY2(file.messages.size() > 100, "suspiciously few messages");
    QStringList problems;
    for (const TsMessage &message : std::as_const(file.messages)) {
        const QString where = message.context + QStringLiteral(": ") + message.source.left(60);
        if (!message.translationType.isEmpty())
            problems << QStringLiteral("%1 [%2]").arg(where, message.translationType);
        else if (message.numerus ? (message.numerusForms.isEmpty() || message.numerusForms.contains(QString()))
                                 : message.translation.trimmed().isEmpty())
            problems << QStringLiteral("%1 [empty]").arg(where);
        else if (!message.numerus && placeholders(message.source) != placeholders(message.translation))
            problems << QStringLiteral("%1 [placeholders differ]").arg(where);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size()) + problems.join(QLatin1Char('\n'))));
}

void TestTranslations::shippedFilesCoverEverySourceString()
{
    // Extract the current strings from the sources the same way update_translations does.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QString::fromUtf8(QUEUELENS_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                   QDir(QStringLiteral(QUEUELENS_SOURCE_DIR)).filePath(QStringLiteral("app")), QStringLiteral("-ts"), fresh});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    TsFile extracted;
    QString error;
    QVERIFY2(readTs(fresh, &extracted, &error), qPrintable(error));
    QVERIFY(extracted.messages.size() > 100);

    for (const QString &path : shippedTsFiles()) {
        TsFile shipped;
        QVERIFY2(readTs(path, &shipped, &error), qPrintable(error));
        QSet<QString> keys;
        for (const TsMessage &message : std::as_const(shipped.messages))
            keys.insert(message.key());
        QStringList missing;
        for (const TsMessage &message : std::as_const(extracted.messages)) {
            if (!keys.contains(message.key()))
                missing << message.context + QStringLiteral(": ") + message.source.left(70);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 lacks %2 string(s); run the update_translations target and translate them:\n")
                                .arg(QFileInfo(path).fileName())
                                .arg(missing.size())
                            + missing.join(QLatin1Char('\n'))));
    }
}

void TestTranslations::catalogIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &path : shippedTsFiles())
        QTest::newRow(qPrintable(languageOf(path))) << languageOf(path);
}

void TestTranslations::catalogIsTranslated()
{
    QFETCH(QString, language);
    QCOMPARE(LanguageLoader::install(language), language);
    const ErrorCatalog &catalog = ErrorCatalog::instance();
    QStringList untranslated;
    for (const ErrorCatalogEntry &entry : catalog.entries()) {
        const ErrorExplanation text = catalog.explainEntry(entry, QStringLiteral("prompt"));
        const QString where = QString::fromLatin1(entry.provider) + QLatin1Char('/') + QString::fromUtf8(entry.code);
        if (text.title.isEmpty() || text.title == QString::fromUtf8(entry.title))
            untranslated << where + QStringLiteral(" title");
        if (text.explanation.isEmpty() || text.explanation == QString::fromUtf8(entry.explanation))
            untranslated << where + QStringLiteral(" explanation");
        if (text.fix.isEmpty() || text.fix == QString::fromUtf8(entry.fix))
            untranslated << where + QStringLiteral(" fix");
    }
    for (ErrorCategory category : ErrorTaxonomy::allCategories()) {
        LanguageLoader::install(QStringLiteral("en"));
        const QString english = ErrorTaxonomy::categoryName(category);
        LanguageLoader::install(language);
        if (ErrorTaxonomy::categoryName(category) == english)
            untranslated << QStringLiteral("category ") + english;
    }
    LanguageLoader::install(QStringLiteral("en"));
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
}

void TestTranslations::languageSelection()
{
    const QStringList available = LanguageLoader::availableLanguages();
    QVERIFY(available.contains(QStringLiteral("en")));
    QVERIFY(available.contains(QStringLiteral("zh_CN")));
    QVERIFY(available.contains(QStringLiteral("ru")));
    QCOMPARE(LanguageLoader::install(QStringLiteral("zh-CN")), QStringLiteral("zh_CN"));
    QCOMPARE(LanguageLoader::install(QStringLiteral("zh")), QStringLiteral("zh_CN"));
    QCOMPARE(LanguageLoader::install(QStringLiteral("ru_RU")), QStringLiteral("ru"));
    QCOMPARE(LanguageLoader::currentLanguage(), QStringLiteral("ru"));
    QVERIFY(ErrorTaxonomy::categoryName(ErrorCategory::Billing) != QLatin1String("Billing"));
    QCOMPARE(LanguageLoader::install(QStringLiteral("xx")), QStringLiteral("en"));
    QVERIFY(!LanguageLoader::isAvailable(QStringLiteral("xx")));
    QCOMPARE(ErrorTaxonomy::categoryName(ErrorCategory::Billing), QStringLiteral("Billing"));
    QCOMPARE(LanguageLoader::nativeName(QStringLiteral("ru")), QStringLiteral("Русский"));

    // The ten languages, each named in its own script in the picker.
    const QMap<QString, QString> names{{QStringLiteral("en"), QStringLiteral("English")},
                                       {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
                                       {QStringLiteral("zh_TW"), QStringLiteral("繁體中文")},
                                       {QStringLiteral("ja"), QStringLiteral("日本語")},
                                       {QStringLiteral("ko"), QStringLiteral("한국어")},
                                       {QStringLiteral("ru"), QStringLiteral("Русский")},
                                       {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                       {QStringLiteral("fr"), QStringLiteral("Français")},
                                       {QStringLiteral("es"), QStringLiteral("Español")},
                                       {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")}};
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        QVERIFY2(available.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(LanguageLoader::nativeName(it.key()), it.value());
    }
    QCOMPARE(available.size(), names.size());
    // Operating systems spell them in several ways.
    QCOMPARE(LanguageLoader::install(QStringLiteral("zh-Hant-TW")), QStringLiteral("zh_TW"));
    QCOMPARE(LanguageLoader::install(QStringLiteral("pt-BR")), QStringLiteral("pt_BR"));
    QCOMPARE(LanguageLoader::install(QStringLiteral("de_AT")), QStringLiteral("de"));
    QCOMPARE(LanguageLoader::install(QStringLiteral("ja_JP")), QStringLiteral("ja"));
    LanguageLoader::install(QStringLiteral("en"));
}

void TestTranslations::pluralFormsFollowEachLanguage_data()
{
    shippedFilesAreFinished_data();
}

// Every %n message has as many forms as the language's plural rules (Qt's order), each keeping
// the message's other placeholders; languages with several forms do not repeat one form
// everywhere (the "(s)" hedge in disguise).
void TestTranslations::pluralFormsFollowEachLanguage()
{
    QFETCH(QString, path);
    TsFile file;
    QString error;
    QVERIFY2(readTs(path, &file, &error), qPrintable(error));
    const QString base = languageOf(path).section(QLatin1Char('_'), 0, 0);
    const QMap<QString, int> formsByLanguage{{QStringLiteral("zh"), 1}, {QStringLiteral("ja"), 1}, {QStringLiteral("ko"), 1},
                                             {QStringLiteral("de"), 2}, {QStringLiteral("fr"), 2}, {QStringLiteral("es"), 2},
                                             {QStringLiteral("pt"), 2}, {QStringLiteral("ru"), 3}};
    QVERIFY2(formsByLanguage.contains(base), qPrintable(base));
    const int forms = formsByLanguage.value(base);
    QStringList problems;
    int numerus = 0, distinct = 0;
    for (const TsMessage &message : std::as_const(file.messages)) {
        if (!message.numerus)
            continue;
        ++numerus;
        const QString where = message.context + QStringLiteral(": ") + message.source.left(60);
        if (message.numerusForms.size() != forms)
            problems << QStringLiteral("%1 [%2 forms, %3 needed]").arg(where).arg(message.numerusForms.size()).arg(forms);
        for (const QString &form : message.numerusForms) {
            if (placeholders(form) != placeholders(message.source))
                problems << QStringLiteral("%1 [placeholders differ in “%2”]").arg(where, form);
        }
        if (QSet<QString>(message.numerusForms.cbegin(), message.numerusForms.cend()).size() > 1)
            ++distinct;
    }
    QVERIFY(numerus > 30);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Some counts do not inflect ("5 s", "3 en cours"), but most messages do.
    if (forms > 1)
        QVERIFY2(distinct * 2 > numerus, qPrintable(QStringLiteral("only %1 of %2 plural messages differ by count").arg(distinct).arg(numerus)));
}

// English shows "1 task" and "2 tasks", not "task(s)": queuelens_en.ts has both forms of every
// %n message in the sources.
void TestTranslations::englishHasRealPlurals()
{
    TsFile english;
    QString error;
    QVERIFY2(readTs(QString::fromUtf8(QUEUELENS_EN_TS), &english, &error), qPrintable(error));
    QSet<QString> numerusSources;
    QStringList problems;
    for (const TsMessage &message : std::as_const(english.messages)) {
        if (!message.numerus)
            continue;
        numerusSources.insert(message.key());
        if (!message.translationType.isEmpty() || message.numerusForms.size() != 2 || message.numerusForms.contains(QString()))
            problems << message.source.left(60) + QStringLiteral(" [unfinished]");
        else if (message.numerusForms.first().contains(QLatin1String("(s)")) || message.numerusForms.last().contains(QLatin1String("(s)")))
            problems << message.source.left(60) + QStringLiteral(" [still “(s)”]");
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Every %n message a shipped translation knows is in the English file too.
    TsFile chinese;
    QVERIFY(readTs(shippedTsFiles().first(), &chinese, &error));
    QStringList missing;
    for (const TsMessage &message : std::as_const(chinese.messages)) {
        if (message.numerus && !numerusSources.contains(message.key()))
            missing << message.context + QStringLiteral(": ") + message.source.left(60);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("run update_translations; missing in queuelens_en.ts:\n")
                                           + missing.join(QLatin1Char('\n'))));

    QCOMPARE(LanguageLoader::install(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("ProfileFileActions", "Added %n profile(s).", nullptr, 1), QStringLiteral("Added 1 profile."));
    QCOMPARE(QCoreApplication::translate("ProfileFileActions", "Added %n profile(s).", nullptr, 3), QStringLiteral("Added 3 profiles."));
}

void TestTranslations::qtOwnTextsAreTranslated_data()
{
    catalogIsTranslated_data();
}

// OK, Cancel, file dialogs and text-field menus come from Qt's own translations
// (qt6-translations-l10n on Debian, bundled elsewhere).
void TestTranslations::qtOwnTextsAreTranslated()
{
    QFETCH(QString, language);
    QCOMPARE(LanguageLoader::install(language), language);
    QVERIFY2(LanguageLoader::hasQtTranslation(),
             qPrintable(QStringLiteral("no qt_%1.qm in %2").arg(language, LanguageLoader::qtTranslationFolders().join(QStringLiteral(", ")))));
    const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
    LanguageLoader::install(QStringLiteral("en"));
    QVERIFY2(cancel != QLatin1String("Cancel"), qPrintable(cancel));
}

// The providers' catalogs and failure parsing come from their folders.
Q_CONSTRUCTOR_FUNCTION(registerBuiltinProvidersOnce)

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
