#include "apierror.h"
#include "errortaxonomy.h"
#include "eventcauses.h"

#include <QDir>
#include <QRegularExpression>

#include <QSet>
#include <QtTest>

class TestErrorTaxonomy : public QObject
{
    Q_OBJECT

private slots:
    void idsRoundTrip();
    void idsMatchTheContract();
    void httpStatusDefaults_data();
    void httpStatusDefaults();
    void apiErrorJsonRoundTrip();
    void rawBodyIsCapped();
    void phasesHaveNames();
    void everyCauseTheEngineWritesHasAName();
};

void TestErrorTaxonomy::idsRoundTrip()
{
    QSet<QString> ids;
    for (ErrorCategory category : ErrorTaxonomy::allCategories()) {
        const QString id = ErrorTaxonomy::categoryId(category);
        QCOMPARE(ErrorTaxonomy::categoryFromId(id), std::optional(category));
        QVERIFY(!ErrorTaxonomy::categoryName(category).isEmpty());
        ids.insert(id);
    }
    QCOMPARE(ids.size(), ErrorTaxonomy::allCategories().size());
    for (RetryClass retry : ErrorTaxonomy::allRetryClasses())
        QCOMPARE(ErrorTaxonomy::retryClassFromId(ErrorTaxonomy::retryClassId(retry)), std::optional(retry));
    QVERIFY(!ErrorTaxonomy::categoryFromId(u"nonsense"));
}

void TestErrorTaxonomy::idsMatchTheContract()
{
    QStringList categories;
    for (ErrorCategory category : ErrorTaxonomy::allCategories())
        categories << ErrorTaxonomy::categoryId(category);
    QCOMPARE(categories, QStringList({"auth", "permission", "billing", "validation", "content_policy", "not_found",
                                      "conflict", "rate_limit", "upstream", "server", "timeout", "cancelled",
                                      "transport", "unknown"}));
    QStringList retries;
    for (RetryClass retry : ErrorTaxonomy::allRetryClasses())
        retries << ErrorTaxonomy::retryClassId(retry);
    QCOMPARE(retries, QStringList({"retry_now", "retry_after_delay", "fix_input", "fix_account", "check_state_first",
                                   "not_retryable", "contact_support"}));
}

void TestErrorTaxonomy::httpStatusDefaults_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("category");
    QTest::newRow("400") << 400 << "validation";
    QTest::newRow("401") << 401 << "auth";
    QTest::newRow("402") << 402 << "billing";
    QTest::newRow("403") << 403 << "permission";
    QTest::newRow("404") << 404 << "not_found";
    QTest::newRow("409") << 409 << "conflict";
    QTest::newRow("413") << 413 << "validation";
    QTest::newRow("429") << 429 << "rate_limit";
    QTest::newRow("499") << 499 << "cancelled";
    QTest::newRow("500") << 500 << "server";
    QTest::newRow("502") << 502 << "upstream";
    QTest::newRow("504") << 504 << "timeout";
    QTest::newRow("0") << 0 << "unknown";
}

void TestErrorTaxonomy::httpStatusDefaults()
{
    QFETCH(int, status);
    QFETCH(QString, category);
    QCOMPARE(ErrorTaxonomy::categoryId(ErrorTaxonomy::categoryForHttpStatus(status)), category);
}

void TestErrorTaxonomy::apiErrorJsonRoundTrip()
{
    ApiError error;
    error.phase = ApiPhase::Cancel;
    error.httpStatus = 409;
    error.provider = QStringLiteral("llmapi");
    error.code = QStringLiteral("IMAGE_TASK_ALREADY_TERMINAL");
    error.type = error.code;
    error.message = QStringLiteral("task already finished");
    error.requestId = QStringLiteral("req-1");
    error.retryAfterSeconds = 7;
    error.category = ErrorCategory::Conflict;
    error.retryClass = RetryClass::CheckStateFirst;
    error.documented = true;
    error.setRawBody(QByteArrayLiteral("{\"error\":{}}"));
    QCOMPARE(ApiError::fromJson(error.toJson()), error);
}

void TestErrorTaxonomy::rawBodyIsCapped()
{
    ApiError error;
    error.setRawBody(QByteArray(ApiError::RawBodyCap + 10, 'x'));
    QCOMPARE(error.rawBody.size(), ApiError::RawBodyCap);
    QVERIFY(error.rawBodyTruncated);
    error.setRawBody(QByteArrayLiteral("short"));
    QVERIFY(!error.rawBodyTruncated);
}

void TestErrorTaxonomy::phasesHaveNames()
{
    QSet<QString> names;
    for (ApiPhase phase : {ApiPhase::Submit, ApiPhase::Poll, ApiPhase::Result, ApiPhase::Cancel, ApiPhase::List,
                           ApiPhase::InTask, ApiPhase::Transport}) {
        const QString name = ErrorTaxonomy::phaseName(phase);
        QVERIFY(!name.isEmpty());
        QVERIFY2(name != ApiError::phaseId(phase), qPrintable(name));   // never the stored id
        names.insert(name);
    }
    QCOMPARE(names.size(), 7);
}

// The timeline shows EventCauses::displayName(), never the id: every id the engine writes must
// be known, or the operator would read "Other event". Read off the engine's own sources.
void TestErrorTaxonomy::everyCauseTheEngineWritesHasAName()
{
    // Statement by statement: in a call that writes an event the cause is its last snake_case
    // literal (an error code may come before it); in "cause = a ? b : c" every literal is one.
    static const QRegularExpression writer(QStringLiteral("\\b(transition|setLastError|addEvent|beginAttempt|proposeState|passingError)\\("));
    static const QRegularExpression assignment(QStringLiteral("\\bcause\\s*=[^=]"));
    static const QRegularExpression literal(QStringLiteral("QStringLiteral\\(\"([a-z]+(?:_[a-z]+)*)\"\\)"));
    const QDir engine(QStringLiteral(QUEUELENS_SOURCE_DIR "/app/engine"));
    QSet<QString> found;
    for (const QString &name : engine.entryList({QStringLiteral("*.cpp")})) {
        QFile file(engine.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList statements = QString::fromUtf8(file.readAll()).split(QLatin1Char(';'));
        for (const QString &statement : statements) {
            const bool writes = statement.contains(writer);
            const bool assigns = statement.contains(assignment);
            if (!writes && !assigns)
                continue;
            QStringList literals;
            auto it = literal.globalMatch(statement);
            while (it.hasNext())
                literals << it.next().captured(1);
            if (literals.isEmpty())
                continue;
            if (assigns)
                found.unite(QSet<QString>(literals.begin(), literals.end()));
            else
                found.insert(literals.last());
        }
    }
    // The scan itself must work: these are written in several places.
    for (const char *expected : {"submitted", "poll_error", "created", "check_not_found", "restart", "poll", "result"})
        QVERIFY2(found.contains(QLatin1String(expected)), expected);
    for (const QString &id : std::as_const(found)) {
        QVERIFY2(EventCauses::isKnown(id), qPrintable(QStringLiteral("the engine writes cause \"%1\" but it has no name").arg(id)));
        QVERIFY(EventCauses::displayName(id) != id);
    }
    QCOMPARE(EventCauses::displayName(u"from_a_newer_version"), EventCauses::tr("Other event"));
}

QTEST_APPLESS_MAIN(TestErrorTaxonomy)
#include "tst_errortaxonomy.moc"
