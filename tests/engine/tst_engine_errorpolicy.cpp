// ErrorPolicy: every branch of how the engine reads an ApiError.

#include "builtinproviders.h"
#include "engine/errorpolicy.h"
#include "errorcatalog.h"
#include "provideradapter.h"
#include "providerdirectory.h"

#include <QTest>

namespace {

ApiError error(const QString &code, int status = 0, ErrorCategory category = ErrorCategory::Unknown,
               ApiPhase phase = ApiPhase::Poll)
{
    ApiError e;
    e.code = code;
    e.httpStatus = status;
    e.category = category;
    e.phase = phase;
    return e;
}

} // namespace

class TestErrorPolicy : public QObject
{
    Q_OBJECT

private slots:
    void neverSent_data();
    void neverSent();
    void pointsAtNetwork_data();
    void pointsAtNetwork();
    void isRateLimit();
    void isTransient_data();
    void isTransient();
    void isAccountProblem_data();
    void isAccountProblem();
    void submitMayHaveCreated_data();
    void submitMayHaveCreated();
    void llmApiServerErrorsOnSubmitAreAmbiguous();
    void clientErrorIsClassifiedByTheCatalog();
};

void TestErrorPolicy::neverSent_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("expected");
    QTest::newRow("refused") << "connection_refused" << true;
    QTest::newRow("dns") << "host_not_found" << true;
    QTest::newRow("unreachable") << "network_unreachable" << true;
    QTest::newRow("tls") << "tls_error" << true;
    QTest::newRow("timeout: may have arrived") << "connection_timeout" << false;
    QTest::newRow("dropped: may have arrived") << "connection_closed" << false;
    QTest::newRow("proxy") << "proxy_error" << false;
}

void TestErrorPolicy::neverSent()
{
    QFETCH(QString, code);
    QFETCH(bool, expected);
    QCOMPARE(ErrorPolicy::neverSent(error(code, 0, ErrorCategory::Transport, ApiPhase::Transport)), expected);
}

void TestErrorPolicy::pointsAtNetwork_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("expected");
    QTest::newRow("dns") << "host_not_found" << true;
    QTest::newRow("unreachable") << "network_unreachable" << true;
    QTest::newRow("timeout") << "connection_timeout" << true;
    QTest::newRow("proxy") << "proxy_error" << true;
    QTest::newRow("refused: one host") << "connection_refused" << false;
    QTest::newRow("tls: one host") << "tls_error" << false;
}

void TestErrorPolicy::pointsAtNetwork()
{
    QFETCH(QString, code);
    QFETCH(bool, expected);
    QCOMPARE(ErrorPolicy::pointsAtNetwork(error(code, 0, ErrorCategory::Transport, ApiPhase::Transport)), expected);
}

void TestErrorPolicy::isRateLimit()
{
    QVERIFY(ErrorPolicy::isRateLimit(error(QStringLiteral("x"), 429)));
    QVERIFY(ErrorPolicy::isRateLimit(error(QStringLiteral("QuotaExceeded"), 400, ErrorCategory::RateLimit)));
    QVERIFY(!ErrorPolicy::isRateLimit(error(QStringLiteral("x"), 503, ErrorCategory::Server)));
}

void TestErrorPolicy::isTransient_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("category");
    QTest::addColumn<int>("phase");
    QTest::addColumn<bool>("expected");
    const auto row = [](const char *name, int status, ErrorCategory category, ApiPhase phase, bool expected) {
        QTest::newRow(name) << status << int(category) << int(phase) << expected;
    };
    row("transport phase", 0, ErrorCategory::Unknown, ApiPhase::Transport, true);
    row("429", 429, ErrorCategory::Unknown, ApiPhase::Cancel, true);
    row("rate-limit category", 400, ErrorCategory::RateLimit, ApiPhase::Cancel, true);
    row("server", 400, ErrorCategory::Server, ApiPhase::Cancel, true);
    row("upstream", 400, ErrorCategory::Upstream, ApiPhase::Cancel, true);
    row("timeout", 400, ErrorCategory::Timeout, ApiPhase::Cancel, true);
    row("transport category", 0, ErrorCategory::Transport, ApiPhase::Cancel, true);
    row("unclassified 5xx", 500, ErrorCategory::Unknown, ApiPhase::Cancel, true);
    row("validation", 400, ErrorCategory::Validation, ApiPhase::Cancel, false);
    row("auth", 401, ErrorCategory::Auth, ApiPhase::Cancel, false);
    row("not found", 404, ErrorCategory::NotFound, ApiPhase::Cancel, false);
    row("conflict", 409, ErrorCategory::Conflict, ApiPhase::Cancel, false);
}

void TestErrorPolicy::isTransient()
{
    QFETCH(int, status);
    QFETCH(int, category);
    QFETCH(int, phase);
    QFETCH(bool, expected);
    QCOMPARE(ErrorPolicy::isTransient(error(QStringLiteral("x"), status, ErrorCategory(category), ApiPhase(phase))),
             expected);
}

void TestErrorPolicy::isAccountProblem_data()
{
    QTest::addColumn<int>("category");
    QTest::addColumn<bool>("expected");
    QTest::newRow("auth") << int(ErrorCategory::Auth) << true;
    QTest::newRow("permission") << int(ErrorCategory::Permission) << true;
    QTest::newRow("billing") << int(ErrorCategory::Billing) << true;
    QTest::newRow("validation") << int(ErrorCategory::Validation) << false;
    QTest::newRow("server") << int(ErrorCategory::Server) << false;
    QTest::newRow("rate limit") << int(ErrorCategory::RateLimit) << false;
}

void TestErrorPolicy::isAccountProblem()
{
    QFETCH(int, category);
    QFETCH(bool, expected);
    QCOMPARE(ErrorPolicy::isAccountProblem(error(QStringLiteral("x"), 400, ErrorCategory(category))), expected);
}

void TestErrorPolicy::submitMayHaveCreated_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("category");
    QTest::addColumn<bool>("documented");
    QTest::addColumn<bool>("expected");
    const auto row = [](const char *name, int status, ErrorCategory category, bool documented, bool expected) {
        QTest::newRow(name) << status << int(category) << documented << expected;
    };
    row("unreadable 200", 200, ErrorCategory::Server, false, true);
    row("unreadable 202", 202, ErrorCategory::Server, true, true);
    row("timeout category", 503, ErrorCategory::Timeout, true, true);
    row("408", 408, ErrorCategory::Unknown, false, true);
    row("504", 504, ErrorCategory::Upstream, true, true);
    row("524", 524, ErrorCategory::Upstream, false, true);
    row("undocumented 502", 502, ErrorCategory::Upstream, false, true);
    row("documented 502", 502, ErrorCategory::Upstream, true, false);
    row("400 validation", 400, ErrorCategory::Validation, true, false);
    row("401", 401, ErrorCategory::Auth, true, false);
    row("429", 429, ErrorCategory::RateLimit, true, false);
    row("500", 500, ErrorCategory::Server, false, false);
    row("503", 503, ErrorCategory::Server, true, false);
}

void TestErrorPolicy::submitMayHaveCreated()
{
    QFETCH(int, status);
    QFETCH(int, category);
    QFETCH(bool, documented);
    QFETCH(bool, expected);
    ApiError e = error(QStringLiteral("x"), status, ErrorCategory(category), ApiPhase::Submit);
    e.documented = documented;
    QCOMPARE(ErrorPolicy::submitMayHaveCreated(e), expected);
}

void TestErrorPolicy::llmApiServerErrorsOnSubmitAreAmbiguous()
{
    // LLMAPI: a bare 500-504 on an async image submit may have created the task.
    const auto llmapi = ProviderDirectory::find(u"llmapi");
    QVERIFY(llmapi);
    for (int status : {500, 502, 503, 504}) {
        ApiError bare = error(ErrorCatalog::httpStatusCode(status), status, ErrorCategory::Server, ApiPhase::Submit);
        bare.provider = QStringLiteral("llmapi");
        ErrorCatalog::instance().classify(bare);
        QVERIFY2(ErrorPolicy::submitMayHaveCreated(bare, llmapi.get()), qPrintable(QString::number(status)));
        if (status == 500 || status == 503)   // the general rule alone would refuse these
            QVERIFY(!ErrorPolicy::submitMayHaveCreated(bare));   // the rule is LLMAPI's, kept in its adapter
    }
    // A documented refusal is a refusal.
    ApiError disabled = error(QStringLiteral("IMAGE_TASKS_DISABLED"), 503, ErrorCategory::Server, ApiPhase::Submit);
    disabled.provider = QStringLiteral("llmapi");
    ErrorCatalog::instance().classify(disabled);
    QVERIFY(disabled.documented);
    QVERIFY(!ErrorPolicy::submitMayHaveCreated(disabled, llmapi.get()));
    // Other providers keep the general rule (a documented 503 is a refusal).
    ApiError other = error(QStringLiteral("http_503"), 503, ErrorCategory::Server, ApiPhase::Submit);
    other.provider = QStringLiteral("foxapi");
    other.documented = true;
    QVERIFY(!ErrorPolicy::submitMayHaveCreated(other, ProviderDirectory::find(u"foxapi").get()));
}

void TestErrorPolicy::clientErrorIsClassifiedByTheCatalog()
{
    const ApiError lost = ErrorPolicy::clientError(QStringLiteral("task_lost"), ApiPhase::Result, QStringLiteral("gone"));
    QCOMPARE(lost.provider, QStringLiteral("queuelens"));
    QCOMPARE(lost.code, QStringLiteral("task_lost"));
    QCOMPARE(lost.message, QStringLiteral("gone"));
    QCOMPARE(lost.phase, ApiPhase::Result);
    QCOMPARE(lost.category, ErrorCategory::NotFound);
    QVERIFY(lost.documented);

    const ApiError key = ErrorPolicy::clientError(QStringLiteral("missing_api_key"), ApiPhase::Submit, QStringLiteral("no key"));
    QCOMPARE(key.category, ErrorCategory::Auth);
    QCOMPARE(key.retryClass, RetryClass::FixAccount);
}

// The providers' catalogs come from their folders.
Q_CONSTRUCTOR_FUNCTION(registerBuiltinProvidersOnce)

QTEST_GUILESS_MAIN(TestErrorPolicy)
#include "tst_engine_errorpolicy.moc"
