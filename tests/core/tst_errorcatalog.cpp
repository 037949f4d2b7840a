#include "builtinproviders.h"
#include "envelopeparser.h"
#include "errorcatalog.h"
#include "requiredcodes.h"

#include <QSet>
#include <QtTest>

class TestErrorCatalog : public QObject
{
    Q_OBJECT

private slots:
    void everyDocumentedCodeResolves_data();
    void everyDocumentedCodeResolves();
    void identifiersAreUniquePerProvider();
    void textsAreComplete();
    void categoryAndRetryClassAgree();
    void documentedStatusesAgreeWithCategory();
    void lookupIsCaseSensitiveWhereProvidersDiffer();
    void messageStyleIdentifiersMatchByPrefix();
    void statusIdentifiersAcceptCommonSpellings();
    void platformMessageWinsOverGenericType();
    void classifyPrefersCodeOverMisleadingStatus();
    void fieldNamesAreFilledIn();
    void unknownCodeFallsBackToStatus();
    void unknownCodeWithoutStatusStillExplained();
    void unknownProviderStillExplained();
    void explanationJsonHasContractKeys();
    void statusesOnlyWhereDocumented();
    void inferredCodeIsNotCalledDocumented();
    void undocumentedStatusSaysSo();
    void bothSpellingsOfCancelled();
};

void TestErrorCatalog::everyDocumentedCodeResolves_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("code");
    for (const auto &[provider, code] : requiredCatalogCodes())
        QTest::addRow("%s/%s", qPrintable(provider), qPrintable(code)) << provider << code;
}

void TestErrorCatalog::everyDocumentedCodeResolves()
{
    QFETCH(QString, provider);
    QFETCH(QString, code);
    const ErrorCatalogEntry *entry = ErrorCatalog::instance().find(provider, code);
    QVERIFY2(entry, qPrintable(QStringLiteral("no entry for %1/%2").arg(provider, code)));
    QCOMPARE(QString::fromLatin1(entry->provider), provider);
    QCOMPARE(QString::fromUtf8(entry->code), code);
}

void TestErrorCatalog::identifiersAreUniquePerProvider()
{
    QSet<QString> seen;
    for (const ErrorCatalogEntry &entry : ErrorCatalog::instance().entries()) {
        const QString key = QString::fromLatin1(entry.provider) + QLatin1Char('/') + QString::fromUtf8(entry.code);
        QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("duplicate identifier %1").arg(key)));
        seen.insert(key);
        QVERIFY2(ErrorCatalog::isKnownProvider(QString::fromLatin1(entry.provider)), entry.provider);
    }
    QVERIFY(seen.size() >= requiredCatalogCodes().size());
}

void TestErrorCatalog::textsAreComplete()
{
    for (const ErrorCatalogEntry &entry : ErrorCatalog::instance().entries()) {
        const QString where = QString::fromLatin1(entry.provider) + QLatin1Char('/') + QString::fromUtf8(entry.code);
        QVERIFY2(entry.title && qstrlen(entry.title) > 3, qPrintable(where));
        QVERIFY2(qstrlen(entry.title) <= 80, qPrintable(where + QStringLiteral(": title too long")));
        QVERIFY2(entry.explanation && qstrlen(entry.explanation) > 20, qPrintable(where));
        QVERIFY2(entry.fix && qstrlen(entry.fix) > 10, qPrintable(where));
        QVERIFY2(qstrcmp(entry.explanation, entry.fix) != 0, qPrintable(where + QStringLiteral(": fix repeats explanation")));
    }
}

void TestErrorCatalog::categoryAndRetryClassAgree()
{
    for (const ErrorCatalogEntry &entry : ErrorCatalog::instance().entries()) {
        const QString where = QString::fromLatin1(entry.provider) + QLatin1Char('/') + QString::fromUtf8(entry.code);
        switch (entry.category) {
        case ErrorCategory::RateLimit:
            QVERIFY2(entry.retry == RetryClass::RetryAfterDelay, qPrintable(where));
            break;
        case ErrorCategory::Auth:
        case ErrorCategory::Billing:
            QVERIFY2(entry.retry == RetryClass::FixAccount, qPrintable(where));
            break;
        case ErrorCategory::ContentPolicy:
            QVERIFY2(entry.retry == RetryClass::FixInput, qPrintable(where));
            break;
        case ErrorCategory::Validation:
            QVERIFY2(entry.retry == RetryClass::FixInput || entry.retry == RetryClass::FixAccount
                         || entry.retry == RetryClass::NotRetryable,
                     qPrintable(where));
            break;
        case ErrorCategory::Conflict:
            QVERIFY2(entry.retry == RetryClass::CheckStateFirst, qPrintable(where));
            break;
        case ErrorCategory::Cancelled:
            QVERIFY2(entry.retry == RetryClass::NotRetryable, qPrintable(where));
            break;
        case ErrorCategory::Server:
        case ErrorCategory::Upstream:
        case ErrorCategory::Timeout:
        case ErrorCategory::Transport:
            QVERIFY2(entry.retry == RetryClass::RetryAfterDelay || entry.retry == RetryClass::RetryNow
                         || entry.retry == RetryClass::ContactSupport || entry.retry == RetryClass::CheckStateFirst,
                     qPrintable(where));
            break;
        default:
            break;
        }
        if (entry.httpStatus == 429)
            QVERIFY2(entry.retry == RetryClass::RetryAfterDelay, qPrintable(where));
    }
}

void TestErrorCatalog::documentedStatusesAgreeWithCategory()
{
    // Spot checks where the provider's status would mislead a status-only classifier.
    const ErrorCatalog &catalog = ErrorCatalog::instance();
    const ErrorCatalogEntry *credit = catalog.find(u"vidu", u"CreditInsufficient");
    QVERIFY(credit);
    QCOMPARE(credit->httpStatus, 400);
    QCOMPARE(credit->category, ErrorCategory::Billing);
    const ErrorCatalogEntry *balance = catalog.find(u"llmapi", u"IMAGE_TASK_INSUFFICIENT_BALANCE");
    QVERIFY(balance);
    QCOMPARE(balance->httpStatus, 403);
    QCOMPARE(balance->category, ErrorCategory::Billing);
    const ErrorCatalogEntry *terminal = catalog.find(u"llmapi", u"IMAGE_TASK_ALREADY_TERMINAL");
    QVERIFY(terminal);
    QCOMPARE(terminal->httpStatus, 409);
    QCOMPARE(terminal->retry, RetryClass::CheckStateFirst);
    const ErrorCatalogEntry *taskMissing = catalog.find(u"newapi", u"task_not_exist");
    QVERIFY(taskMissing);
    QCOMPARE(taskMissing->category, ErrorCategory::NotFound);
}

void TestErrorCatalog::lookupIsCaseSensitiveWhereProvidersDiffer()
{
    const ErrorCatalog &catalog = ErrorCatalog::instance();
    QVERIFY(catalog.find(u"vidu", u"Unauthorized"));
    QVERIFY(!catalog.find(u"vidu", u"UNAUTHORIZED"));
    QVERIFY(catalog.find(u"seaart", u"UNAUTHORIZED"));
    QVERIFY(!catalog.find(u"seaart", u"Unauthorized"));
    const auto everywhere = catalog.findEverywhere(u"Unauthorized");
    QCOMPARE(everywhere.size(), 1);
    QCOMPARE(QString::fromLatin1(everywhere.first()->provider), QStringLiteral("vidu"));
}

void TestErrorCatalog::messageStyleIdentifiersMatchByPrefix()
{
    const ErrorCatalog &catalog = ErrorCatalog::instance();
    const ErrorCatalogEntry *entry = catalog.find(u"seaart", u"App not found: not_exists");
    QVERIFY(entry);
    QCOMPARE(QString::fromUtf8(entry->code), QStringLiteral("App not found"));
    // Normalised: case and spacing of a message do not matter.
    QVERIFY(catalog.find(u"seaart", u"  model NOT allowed   for this user "));
    // "Not Found" must not swallow "Request not found".
    const ErrorCatalogEntry *request = catalog.find(u"seaart", u"Request not found");
    QVERIFY(request);
    QCOMPARE(QString::fromUtf8(request->code), QStringLiteral("Request not found"));
}

void TestErrorCatalog::statusIdentifiersAcceptCommonSpellings()
{
    const ErrorCatalog &catalog = ErrorCatalog::instance();
    for (const QString &spelling : {QStringLiteral("429"), QStringLiteral("HTTP 429"), QStringLiteral("http_429")}) {
        const ErrorCatalogEntry *entry = catalog.find(u"foxapi", spelling);
        QVERIFY2(entry, qPrintable(spelling));
        QCOMPARE(QString::fromUtf8(entry->code), QStringLiteral("http_429"));
    }
    const ErrorCatalogEntry *generic = catalog.findHttpStatus(u"vidu", 418);
    QVERIFY(generic);
    QCOMPARE(QString::fromLatin1(generic->provider), QStringLiteral("queuelens"));
    QCOMPARE(QString::fromUtf8(generic->code), QStringLiteral("http_4xx"));
    const ErrorCatalogEntry *newapi5xx = catalog.findHttpStatus(u"newapi", 503);
    QVERIFY(newapi5xx);
    QCOMPARE(QString::fromUtf8(newapi5xx->code), QStringLiteral("http_5xx"));
    QCOMPARE(QString::fromLatin1(newapi5xx->provider), QStringLiteral("newapi"));
}

void TestErrorCatalog::platformMessageWinsOverGenericType()
{
    ApiError error;
    error.provider = QStringLiteral("llmapi");
    error.httpStatus = 404;
    error.code = QStringLiteral("not_found_error");
    error.type = QStringLiteral("not_found_error");
    error.message = QStringLiteral("Images API is not supported for this platform");
    const ErrorCatalogEntry *entry = ErrorCatalog::instance().resolve(error);
    QVERIFY(entry);
    QCOMPARE(QString::fromUtf8(entry->code), error.message);
}

void TestErrorCatalog::classifyPrefersCodeOverMisleadingStatus()
{
    ApiError error;
    error.provider = QStringLiteral("newapi");
    error.httpStatus = 503;   // new-api answers model_not_found with 503
    error.code = QStringLiteral("model_not_found");
    ErrorCatalog::instance().classify(error);
    QVERIFY(error.documented);
    QCOMPARE(error.category, ErrorCategory::NotFound);

    ApiError vidu;
    vidu.provider = QStringLiteral("vidu");
    vidu.httpStatus = 400;
    vidu.code = QStringLiteral("CreditInsufficient");
    ErrorCatalog::instance().classify(vidu);
    QCOMPARE(vidu.category, ErrorCategory::Billing);
    QCOMPARE(vidu.retryClass, RetryClass::FixAccount);
}

void TestErrorCatalog::fieldNamesAreFilledIn()
{
    ApiError error;
    error.provider = QStringLiteral("vidu");
    error.httpStatus = 400;
    error.code = QStringLiteral("FieldLacking");
    error.message = QStringLiteral("field is missing or empty: prompt, duration");
    const ErrorExplanation explanation = ErrorCatalog::instance().explain(error);
    QVERIFY(explanation.documented);
    QVERIFY2(explanation.explanation.contains(QLatin1String("prompt, duration")), qPrintable(explanation.explanation));
    QVERIFY(!explanation.explanation.contains(QLatin1String("%1")));

    error.message.clear();
    const ErrorExplanation unnamed = ErrorCatalog::instance().explain(error);
    QVERIFY(!unnamed.explanation.contains(QLatin1String("%1")));
    QVERIFY(!unnamed.explanation.isEmpty());
}

void TestErrorCatalog::unknownCodeFallsBackToStatus()
{
    ApiError error;
    error.provider = QStringLiteral("newapi");
    error.httpStatus = 429;
    error.code = QStringLiteral("brand_new_code");
    ErrorCatalog::instance().classify(error);
    QVERIFY(!error.documented);
    QCOMPARE(error.category, ErrorCategory::RateLimit);
    QCOMPARE(error.retryClass, RetryClass::RetryAfterDelay);
    const ErrorExplanation explanation = ErrorCatalog::instance().explain(error);
    QVERIFY(!explanation.documented);
    QVERIFY(explanation.explanation.contains(QLatin1String("brand_new_code")));
    QVERIFY(explanation.explanation.contains(QLatin1String("429")));
    QVERIFY(!explanation.title.isEmpty());
    QVERIFY(!explanation.fix.isEmpty());
}

void TestErrorCatalog::unknownCodeWithoutStatusStillExplained()
{
    ApiError error;
    error.provider = QStringLiteral("vidu");
    error.phase = ApiPhase::InTask;
    error.code = QStringLiteral("SomethingNew");
    error.message = QStringLiteral("the model refused");
    const ErrorExplanation explanation = ErrorCatalog::instance().explain(error);
    QVERIFY(!explanation.documented);
    QVERIFY(explanation.title.contains(QLatin1String("SomethingNew")));
    QVERIFY(explanation.explanation.contains(QLatin1String("the model refused")));
    QVERIFY(!explanation.fix.isEmpty());
}

void TestErrorCatalog::unknownProviderStillExplained()
{
    ApiError error;
    error.provider = QStringLiteral("someone-else");
    error.httpStatus = 502;
    const ErrorExplanation explanation = ErrorCatalog::instance().explain(error);
    QCOMPARE(explanation.category, ErrorCategory::Upstream);
    QVERIFY(!explanation.title.isEmpty());
    QVERIFY(!explanation.explanation.isEmpty());
    QVERIFY(!explanation.fix.isEmpty());
}

void TestErrorCatalog::explanationJsonHasContractKeys()
{
    const ErrorCatalogEntry *entry = ErrorCatalog::instance().find(u"seaart", u"INFERENCE_TIMEOUT");
    QVERIFY(entry);
    const QJsonObject json = ErrorCatalog::instance().explainEntry(*entry).toJson();
    for (const char *key : {"provider", "code", "http_status", "category", "retry", "title", "explanation", "fix"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QVERIFY(json.value(QStringLiteral("http_status")).isNull());
    QCOMPARE(json.value(QStringLiteral("category")).toString(), QStringLiteral("timeout"));
}

void TestErrorCatalog::statusesOnlyWhereDocumented()
{
    // SeaArt's error page shows bodies without statuses; only "Request not found" has one (404).
    const ErrorCatalog &catalog = ErrorCatalog::instance();
    for (const char *code : {"UNAUTHORIZED", "RATE_LIMIT_EXCEEDED", "App not found", "Model not allowed for this user",
                             "webhook not supported", "Runtime execution failed", "SSE streaming not supported"}) {
        const ErrorCatalogEntry *entry = catalog.find(u"seaart", QString::fromUtf8(code));
        QVERIFY2(entry, code);
        QVERIFY2(entry->httpStatus == 0, code);
    }
    QCOMPARE(catalog.find(u"seaart", u"Request not found")->httpStatus, 404);
    QCOMPARE(catalog.find(u"llmapi", u"API key group platform is not gemini")->httpStatus, 0);
    QCOMPARE(catalog.find(u"newapi", u"token_concurrency_limit_reached")->httpStatus, 0);
    QVERIFY(catalog.explainEntry(*catalog.find(u"seaart", u"UNAUTHORIZED")).toJson().value(u"http_status").isNull());
}

void TestErrorCatalog::inferredCodeIsNotCalledDocumented()
{
    // A failed Vidu task without err_code: QueueLens says "Unknown" itself.
    const auto failure = EnvelopeParser::parseInTaskFailure(QStringLiteral("vidu"),
                                                            QJsonObject{{QStringLiteral("state"), QStringLiteral("failed")}});
    QVERIFY(failure);
    QCOMPARE(failure->code, QStringLiteral("Unknown"));
    QVERIFY(failure->codeInferred);
    QVERIFY(!failure->documented);
    const ErrorExplanation explained = ErrorCatalog::instance().explain(*failure);
    QVERIFY(!explained.documented);
    QVERIFY2(explained.explanation.startsWith(QStringLiteral("Vidu named no error code")), qPrintable(explained.explanation));

    // The same code sent by Vidu is documented.
    const auto sent = EnvelopeParser::parseInTaskFailure(
        QStringLiteral("vidu"), QJsonObject{{QStringLiteral("state"), QStringLiteral("failed")},
                                            {QStringLiteral("err_code"), QStringLiteral("Unknown")}});
    QVERIFY(sent && !sent->codeInferred && sent->documented);
    QVERIFY(ErrorCatalog::instance().explain(*sent).documented);
    QVERIFY(ApiError::fromJson(failure->toJson()).codeInferred);
}

void TestErrorCatalog::undocumentedStatusSaysSo()
{
    ApiError error;
    error.provider = QStringLiteral("seaart");
    error.phase = ApiPhase::Submit;
    error.httpStatus = 413;
    error.code = ErrorCatalog::httpStatusCode(413);
    const ErrorExplanation explained = ErrorCatalog::instance().explain(error);
    QVERIFY(!explained.documented);
    QVERIFY2(explained.explanation.contains(QStringLiteral("does not describe HTTP 413")), qPrintable(explained.explanation));
}

void TestErrorCatalog::bothSpellingsOfCancelled()
{
    for (const char *state : {"canceled", "cancelled"}) {
        const ErrorCatalogEntry *entry = ErrorCatalog::instance().find(u"llmapi", QString::fromLatin1(state));
        QVERIFY2(entry, state);
        QCOMPARE(entry->category, ErrorCategory::Cancelled);
    }
}

// The providers' catalogs and failure parsing come from their folders.
Q_CONSTRUCTOR_FUNCTION(registerBuiltinProvidersOnce)

QTEST_GUILESS_MAIN(TestErrorCatalog)
#include "tst_errorcatalog.moc"
