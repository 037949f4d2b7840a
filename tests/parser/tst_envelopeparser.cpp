#include "builtinproviders.h"
#include "envelopeparser.h"
#include "errorcatalog.h"
#include "errortaxonomy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Headers = EnvelopeParser::Headers;

namespace {

// Test JSON is written with single quotes to keep it readable; none of it needs a real one.
QByteArray j(const char *text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

QJsonObject obj(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(j(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    return doc.object();
}

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 1), QTime(12, 0, 0), Qt::UTC);
}

QString catId(ErrorCategory category)
{
    return ErrorTaxonomy::categoryId(category);
}

// Columns shared by the HTTP and in-task expectation tables.
void addExpectationColumns()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("category");   // empty: not checked
    QTest::addColumn<int>("documented");     // -1: not checked
}

} // namespace

class TestEnvelopeParser : public QObject
{
    Q_OBJECT

private slots:
    void httpEnvelopes_data();
    void httpEnvelopes();

    void seedCodesAreDocumented_data();
    void seedCodesAreDocumented();

    void hostileBodies_data();
    void hostileBodies();

    void bodySizeLimits();
    void deepNestingIsRefused();
    void headersAreCaseInsensitive();
    void bodyRequestIdWinsOverHeader();

    void inTaskFailures_data();
    void inTaskFailures();

    void stripRequestIdSuffix_data();
    void stripRequestIdSuffix();
    void stripRequestIdSuffixWithoutOutput();
};

// ---------------------------------------------------------------------------------------
// One row per envelope shape and per example body of the seeds / protocols.md.

void TestEnvelopeParser::httpEnvelopes_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("phase");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("retryAfter");     // -1: none
    addExpectationColumns();

    const int submit = int(ApiPhase::Submit);
    const int poll = int(ApiPhase::Poll);
    const int result = int(ApiPhase::Result);
    const int cancel = int(ApiPhase::Cancel);
    const QString none;

    // --- SeaArt (seed 000): gateway envelope, FastAPI detail strings, cancel outcomes ---
    QTest::newRow("seaart gateway UNAUTHORIZED")
        << "seaart" << submit << 401
        << j("{ 'error': { 'code': 'UNAUTHORIZED', 'message': 'Authorization Bearer or Key token is required' }, 'request_id': 'req-7f3a' }")
        << Headers{} << -1
        << "UNAUTHORIZED" << none << "Authorization Bearer or Key token is required" << "req-7f3a"
        << catId(ErrorCategory::Auth) << 1;
    QTest::newRow("seaart gateway RATE_LIMIT_EXCEEDED + Retry-After")
        << "seaart" << submit << 429
        << j("{ 'error': { 'code': 'RATE_LIMIT_EXCEEDED', 'message': 'Rate limit exceeded, please try again later' }, 'request_id': '...' }")
        << Headers{{"Retry-After", "30"}} << 30
        << "RATE_LIMIT_EXCEEDED" << none << "Rate limit exceeded, please try again later" << "..."
        << catId(ErrorCategory::RateLimit) << 1;
    QTest::newRow("seaart App not found")
        << "seaart" << submit << 404 << j("{ 'detail': 'App not found: not_exists'}") << Headers{} << -1
        << "App not found: not_exists" << none << "App not found: not_exists" << none
        << catId(ErrorCategory::NotFound) << 1;
    QTest::newRow("seaart Model not allowed")
        << "seaart" << submit << 403 << j("{ 'detail': 'Model not allowed for this user'}") << Headers{} << -1
        << "Model not allowed for this user" << none << "Model not allowed for this user" << none
        << catId(ErrorCategory::Permission) << 1;
    QTest::newRow("seaart webhook not supported")
        << "seaart" << submit << 400 << j("{ 'detail': 'webhook not supported'}") << Headers{} << -1
        << "webhook not supported" << none << "webhook not supported" << none
        << catId(ErrorCategory::Validation) << 1;
    QTest::newRow("seaart SSE not supported")
        << "seaart" << poll << 400 << j("{ 'detail': 'SSE streaming not supported'}") << Headers{} << -1
        << "SSE streaming not supported" << none << "SSE streaming not supported" << none
        << catId(ErrorCategory::Validation) << 1;
    QTest::newRow("seaart Runtime execution failed")
        << "seaart" << result << 500 << j("{ 'detail': 'Runtime execution failed'}") << Headers{} << -1
        << "Runtime execution failed" << none << "Runtime execution failed" << none
        << catId(ErrorCategory::Server) << 1;
    QTest::newRow("seaart sync Not Found")
        << "seaart" << submit << 404 << j("{ 'detail': 'Not Found'}") << Headers{} << -1
        << "Not Found" << none << "Not Found" << none
        << catId(ErrorCategory::NotFound) << 1;
    QTest::newRow("seaart Request not found")
        << "seaart" << poll << 404 << j("{'detail':'Request not found'}") << Headers{} << -1
        << "Request not found" << none << "Request not found" << none
        << catId(ErrorCategory::NotFound) << 1;
    QTest::newRow("seaart cancel ALREADY_COMPLETED")
        << "seaart" << cancel << 400 << j("{'status':'ALREADY_COMPLETED'}") << Headers{} << -1
        << "ALREADY_COMPLETED" << none << none << none
        << catId(ErrorCategory::Conflict) << 1;
    QTest::newRow("seaart cancel NOT_FOUND")
        << "seaart" << cancel << 404 << j("{'status':'NOT_FOUND'}") << Headers{} << -1
        << "NOT_FOUND" << none << none << none
        << catId(ErrorCategory::NotFound) << 1;
    // fal-style infrastructure error: error_type is the code, X-Fal-* headers fill the rest.
    QTest::newRow("fal request_timeout with headers")
        << "seaart" << result << 504 << j("{'detail':'Request timed out','error_type':'request_timeout'}")
        << Headers{{"X-Fal-Error-Type", "request_timeout"}, {"x-fal-request-id", "fal-123"}} << -1
        << "request_timeout" << "request_timeout" << "Request timed out" << "fal-123"
        << catId(ErrorCategory::Timeout) << -1;
    QTest::newRow("fal validation detail list")
        << "seaart" << result << 422
        << j("{'detail':[{'loc':['body','prompt'],'msg':'field required','type':'value_error.missing'},"
             "{'loc':['body','images',0,'url'],'msg':'invalid url','type':'value_error.url'}]}")
        << Headers{} << -1
        << "value_error.missing" << "validation" << "body.prompt: field required; body.images.0.url: invalid url" << none
        << catId(ErrorCategory::Validation) << -1;
    QTest::newRow("fal Unauthorized detail")
        << "seaart" << poll << 401 << j("{'detail':'Unauthorized'}") << Headers{} << -1
        << "Unauthorized" << none << "Unauthorized" << none
        << catId(ErrorCategory::Auth) << -1;

    // --- FoxAPI (seed 001): OpenAI-style {error:{message,type,code}} ---
    QTest::newRow("foxapi seed example")
        << "foxapi" << submit << 400
        << j("{\n  'error': {\n    'message': 'Description of the error',\n    'type': 'error_type',\n    'code': 'specific_error_code'\n  }\n}")
        << Headers{} << -1
        << "specific_error_code" << "error_type" << "Description of the error" << none
        << catId(ErrorCategory::Validation) << 0;
    QTest::newRow("foxapi authentication_error")
        << "foxapi" << submit << 401
        << j("{'error':{'message':'Invalid API key','type':'authentication_error','code':'invalid_api_key'}}")
        << Headers{} << -1
        << "invalid_api_key" << "authentication_error" << "Invalid API key" << none
        << catId(ErrorCategory::Auth) << 1;
    QTest::newRow("foxapi rate_limit_error, lower-case retry-after")
        << "foxapi" << submit << 429
        << j("{'error':{'message':'Too many requests','type':'rate_limit_error','code':'rate_limit_exceeded'}}")
        << Headers{{"retry-after", "12"}} << 12
        << "rate_limit_exceeded" << "rate_limit_error" << "Too many requests" << none
        << catId(ErrorCategory::RateLimit) << 1;
    QTest::newRow("foxapi type only, empty code")
        << "foxapi" << poll << 404
        << j("{'error':{'message':'Task not found','type':'not_found_error','code':''}}")
        << Headers{} << -1
        << "not_found_error" << "not_found_error" << "Task not found" << none
        << catId(ErrorCategory::NotFound) << 1;
    QTest::newRow("foxapi numeric code stringified")
        << "foxapi" << submit << 402
        << j("{'error':{'message':'Insufficient account balance','type':'invalid_request_error','code':40201}}")
        << Headers{} << -1
        << "40201" << "invalid_request_error" << "Insufficient account balance" << none
        << QString() << -1;

    // --- new-api (seed 002 / TokenDog) ---
    QTest::newRow("newapi relay model_not_found")
        << "newapi" << submit << 503
        << j("{'error':{'message':'No available channel for model sora-2 under group default (request id: 20261101120000123456789abcdef)',"
             "'type':'new_api_error','param':'','code':'model_not_found'}}")
        << Headers{} << -1
        << "model_not_found" << "new_api_error" << "No available channel for model sora-2 under group default"
        << "20261101120000123456789abcdef" << catId(ErrorCategory::NotFound) << 1;
    QTest::newRow("newapi rate limit, empty code, Chinese message")
        << "newapi" << submit << 429
        << j("{'error':{'message':'您已达到请求数限制：1分钟内最多请求10次 (request id: 2026110112abc)','type':'new_api_error','code':''}}")
        << Headers{} << -1
        << "http_429" << "new_api_error" << "您已达到请求数限制：1分钟内最多请求10次" << "2026110112abc"
        << catId(ErrorCategory::RateLimit) << 1;
    QTest::newRow("newapi full-width request id suffix")
        << "newapi" << submit << 429
        << j("{'error':{'message':'当前分组上游负载已饱和，请稍后再试（request id: 20261101xyz）','type':'new_api_error','code':'get_channel_failed'}}")
        << Headers{} << -1
        << "get_channel_failed" << "new_api_error" << "当前分组上游负载已饱和，请稍后再试" << "20261101xyz"
        << QString() << 1;
    QTest::newRow("newapi auth failure, empty code")
        << "newapi" << poll << 401
        << j("{'error':{'message':'无效的令牌 (request id: r-401)','type':'new_api_error','code':''}}")
        << Headers{} << -1
        << "http_401" << "new_api_error" << "无效的令牌" << "r-401"
        << catId(ErrorCategory::Auth) << 1;
    QTest::newRow("newapi insufficient_user_quota")
        << "newapi" << submit << 403
        << j("{'error':{'message':'user quota is not enough (request id: q1)','type':'new_api_error','param':'','code':'insufficient_user_quota'}}")
        << Headers{} << -1
        << "insufficient_user_quota" << "new_api_error" << "user quota is not enough" << "q1"
        << catId(ErrorCategory::Billing) << 1;
    QTest::newRow("newapi channel:response_time_exceeded")
        << "newapi" << submit << 504
        << j("{'error':{'message':'upstream timeout (request id: t1)','type':'new_api_error','param':'','code':'channel:response_time_exceeded'}}")
        << Headers{} << -1
        << "channel:response_time_exceeded" << "new_api_error" << "upstream timeout" << "t1"
        << catId(ErrorCategory::Timeout) << 1;
    QTest::newRow("newapi sensitive_words_detected sent as 500")
        << "newapi" << submit << 500
        << j("{'error':{'message':'sensitive words detected (request id: s1)','type':'new_api_error','param':'','code':'sensitive_words_detected'}}")
        << Headers{} << -1
        << "sensitive_words_detected" << "new_api_error" << "sensitive words detected" << "s1"
        << catId(ErrorCategory::ContentPolicy) << 1;
    QTest::newRow("newapi task route task_not_exist (400)")
        << "newapi" << poll << 400 << j("{'code':'task_not_exist','message':'task_not_exist','data':null}")
        << Headers{} << -1
        << "task_not_exist" << none << "task_not_exist" << none
        << catId(ErrorCategory::NotFound) << 1;
    QTest::newRow("newapi Midjourney relay")
        << "newapi" << submit << 400 << j("{'description':'request upstream failed','type':'upstream_error','code':4}")
        << Headers{} << -1
        << "mj:4" << "upstream_error" << "request upstream failed" << none
        << QString() << -1;
    QTest::newRow("newapi Claude route")
        << "newapi" << submit << 429
        << j("{'type':'error','error':{'type':'rate_limit_error','message':'rate limited (request id: c1)'}}")
        << Headers{} << -1
        << "rate_limit_error" << "rate_limit_error" << "rate limited" << "c1"
        << catId(ErrorCategory::RateLimit) << -1;
    QTest::newRow("newapi message only, suffix stripped from code too")
        << "newapi" << submit << 400
        << j("{'error':{'message':'API key group platform is not gemini (request id: m1)'}}")
        << Headers{} << -1
        << "API key group platform is not gemini" << none << "API key group platform is not gemini" << "m1"
        << catId(ErrorCategory::Validation) << 0;
    QTest::newRow("newapi X-Oneapi-Request-Id header")
        << "newapi" << poll << 502 << j("{'code':'fetch_task_failed','message':'upstream error','data':null}")
        << Headers{{"X-Oneapi-Request-Id", "hdr-9"}} << -1
        << "fetch_task_failed" << none << "upstream error" << "hdr-9"
        << QString() << -1;

    // --- LLMAPI (seed 003): every shape the seed shows ---
    QTest::newRow("llmapi Anthropic form, Request body is empty")
        << "llmapi" << submit << 400
        << j("{\n  'type': 'error',\n  'error': {\n    'type': 'invalid_request_error',\n    'message': 'Request body is empty'\n  }\n}")
        << Headers{} << -1
        << "invalid_request_error" << "invalid_request_error" << "Request body is empty" << none
        << catId(ErrorCategory::Validation) << 1;
    QTest::newRow("llmapi Images API not supported")
        << "llmapi" << submit << 404
        << j("{\n  'error': {\n    'type': 'not_found_error',\n    'message': 'Images API is not supported for this platform'\n  }\n}")
        << Headers{} << -1
        << "not_found_error" << "not_found_error" << "Images API is not supported for this platform" << none
        << catId(ErrorCategory::Permission) << 1;
    QTest::newRow("llmapi IMAGE_TASK_INVALID_REQUEST")
        << "llmapi" << submit << 400
        << j("{\n  'error': {\n    'type': 'IMAGE_TASK_INVALID_REQUEST',\n    'message': 'prompt must be a non-empty string'\n  }\n}")
        << Headers{} << -1
        << "IMAGE_TASK_INVALID_REQUEST" << "IMAGE_TASK_INVALID_REQUEST" << "prompt must be a non-empty string" << none
        << catId(ErrorCategory::Validation) << 1;
    QTest::newRow("llmapi Token counting not supported")
        << "llmapi" << submit << 404
        << j("{\n  'type': 'error',\n  'error': {\n    'type': 'not_found_error',\n    'message': 'Token counting is not supported for this platform'\n  }\n}")
        << Headers{} << -1
        << "not_found_error" << "not_found_error" << "Token counting is not supported for this platform" << none
        << catId(ErrorCategory::Permission) << 1;
    QTest::newRow("llmapi message only: platform is not gemini")
        << "llmapi" << submit << 400
        << j("{\n  'error': {\n    'message': 'API key group platform is not gemini'\n  }\n}")
        << Headers{} << -1
        << "API key group platform is not gemini" << none << "API key group platform is not gemini" << none
        << catId(ErrorCategory::Permission) << 1;
    QTest::newRow("llmapi Google style int code")
        << "llmapi" << submit << 429
        << j("{'error':{'code':429,'message':'Resource has been exhausted (e.g. check quota).','status':'RESOURCE_EXHAUSTED'}}")
        << Headers{} << -1
        << "RESOURCE_EXHAUSTED" << none << "Resource has been exhausted (e.g. check quota)." << none
        << catId(ErrorCategory::RateLimit) << -1;
    QTest::newRow("llmapi IMAGE_TASK_ALREADY_TERMINAL on cancel")
        << "llmapi" << cancel << 409
        << j("{'error':{'type':'IMAGE_TASK_ALREADY_TERMINAL','message':'task already finished'}}")
        << Headers{} << -1
        << "IMAGE_TASK_ALREADY_TERMINAL" << "IMAGE_TASK_ALREADY_TERMINAL" << "task already finished" << none
        << catId(ErrorCategory::Conflict) << 1;
    QTest::newRow("llmapi queue limit + x-ratelimit-reset")
        << "llmapi" << submit << 429
        << j("{'error':{'type':'IMAGE_TASK_QUEUE_LIMIT_EXCEEDED','message':'queue limit reached'}}")
        << Headers{{"X-RateLimit-Reset", "20"}} << 20
        << "IMAGE_TASK_QUEUE_LIMIT_EXCEEDED" << "IMAGE_TASK_QUEUE_LIMIT_EXCEEDED" << "queue limit reached" << none
        << catId(ErrorCategory::RateLimit) << 1;
    QTest::newRow("llmapi insufficient balance (403)")
        << "llmapi" << submit << 403
        << j("{'error':{'type':'IMAGE_TASK_INSUFFICIENT_BALANCE','message':'balance is insufficient'}}")
        << Headers{} << -1
        << "IMAGE_TASK_INSUFFICIENT_BALANCE" << "IMAGE_TASK_INSUFFICIENT_BALANCE" << "balance is insufficient" << none
        << catId(ErrorCategory::Billing) << 1;

    // --- Vidu (seed 004 / cancel page) ---
    QTest::newRow("vidu cancel BadRequest")
        << "vidu" << cancel << 400
        << j("{'code':400,'reason':'BadRequest','message':'task state is scheduled, can not cancel','metadata':{'trace_id':'7a1c'}}")
        << Headers{} << -1
        << "BadRequest" << none << "task state is scheduled, can not cancel" << "7a1c"
        << QString() << 1;
    QTest::newRow("vidu FieldLacking")
        << "vidu" << submit << 400
        << j("{'code':400,'reason':'FieldLacking','message':'field is missing or empty: prompt','metadata':{'trace_id':'abc'}}")
        << Headers{} << -1
        << "FieldLacking" << none << "field is missing or empty: prompt" << "abc"
        << catId(ErrorCategory::Validation) << 1;
    QTest::newRow("vidu CreditInsufficient is billing despite 400")
        << "vidu" << submit << 400
        << j("{'code':400,'reason':'CreditInsufficient','message':'insufficient credits','metadata':{'trace_id':'c9'}}")
        << Headers{} << -1
        << "CreditInsufficient" << none << "insufficient credits" << "c9"
        << catId(ErrorCategory::Billing) << 1;
    QTest::newRow("vidu Unauthorized without metadata")
        << "vidu" << poll << 401 << j("{'code':401,'reason':'Unauthorized','message':'unauthorized'}")
        << Headers{} << -1
        << "Unauthorized" << none << "unauthorized" << none
        << catId(ErrorCategory::Auth) << 1;
    QTest::newRow("vidu TooManyRequests + HTTP-date Retry-After")
        << "vidu" << submit << 429
        << j("{'code':429,'reason':'TooManyRequests','message':'too many requests','metadata':{'trace_id':'r4'}}")
        << Headers{{"Retry-After", "Sun, 01 Nov 2026 12:01:30 GMT"}} << 90
        << "TooManyRequests" << none << "too many requests" << "r4"
        << catId(ErrorCategory::RateLimit) << 1;

    // --- robustness of recognised envelopes ---
    QTest::newRow("invalid UTF-8 inside an envelope")
        << "seaart" << submit << 401
        << QByteArray("{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"bad \xff byte\"},\"request_id\":\"u8\"}")
        << Headers{} << -1
        << "UNAUTHORIZED" << none << QStringLiteral("bad \uFFFD byte") << "u8"
        << catId(ErrorCategory::Auth) << 1;
    QTest::newRow("Retry-After wins over x-ratelimit-reset")
        << "foxapi" << poll << 429
        << j("{'error':{'message':'slow down','type':'rate_limit_error','code':'rate_limit_exceeded'}}")
        << Headers{{"Retry-After", "5"}, {"x-ratelimit-reset", "50"}} << 5
        << "rate_limit_exceeded" << "rate_limit_error" << "slow down" << none
        << catId(ErrorCategory::RateLimit) << -1;
    QTest::newRow("unusable Retry-After falls back to x-ratelimit-reset")
        << "foxapi" << poll << 429
        << j("{'error':{'message':'slow down','type':'rate_limit_error','code':'rate_limit_exceeded'}}")
        << Headers{{"Retry-After", "soon"}, {"x-ratelimit-reset", "7"}} << 7
        << "rate_limit_exceeded" << "rate_limit_error" << "slow down" << none
        << catId(ErrorCategory::RateLimit) << -1;
    QTest::newRow("x-ratelimit-reset fractional seconds round up")
        << "llmapi" << poll << 429
        << j("{'error':{'type':'rate_limit_error','message':'busy'}}")
        << Headers{{"x-ratelimit-reset", "1.2"}} << 2
        << "rate_limit_error" << "rate_limit_error" << "busy" << none
        << catId(ErrorCategory::RateLimit) << -1;
}

void TestEnvelopeParser::httpEnvelopes()
{
    QFETCH(QString, provider);
    QFETCH(int, phase);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Headers, headers);
    QFETCH(int, retryAfter);
    QFETCH(QString, code);
    QFETCH(QString, type);
    QFETCH(QString, message);
    QFETCH(QString, requestId);
    QFETCH(QString, category);
    QFETCH(int, documented);

    const ApiError e = EnvelopeParser::parseHttpError(provider, ApiPhase(phase), status, body, headers, fixedNow());

    QCOMPARE(e.provider, provider);
    QCOMPARE(int(e.phase), phase);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.code, code);
    QCOMPARE(e.type, type);
    QCOMPARE(e.message, message);
    QCOMPARE(e.requestId, requestId);
    if (retryAfter < 0) {
        QVERIFY(!e.retryAfterSeconds.has_value());
    } else {
        QVERIFY(e.retryAfterSeconds.has_value());
        QCOMPARE(*e.retryAfterSeconds, retryAfter);
    }
    QCOMPARE(e.rawBody, body);
    QVERIFY(!e.rawBodyTruncated);
    if (documented >= 0)
        QCOMPARE(e.documented, documented == 1);
    if (!category.isEmpty())
        QCOMPARE(ErrorTaxonomy::categoryId(e.category), category);
}

// ---------------------------------------------------------------------------------------
// Every identifier the seeds list must come out of the parser verbatim and hit the catalog.

void TestEnvelopeParser::seedCodesAreDocumented_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("category");   // empty: not checked

    const auto newapi = [](const char *code, int status, ErrorCategory category) {
        const QByteArray body = "{\"error\":{\"message\":\"seed (request id: 1)\",\"type\":\"new_api_error\",\"param\":\"\",\"code\":\""
            + QByteArray(code) + "\"}}";
        QTest::addRow("newapi %s", code) << "newapi" << status << body << QString::fromUtf8(code) << catId(category);
    };
    // protocols.md 7.2 derivation, seed 002 list.
    newapi("invalid_request", 400, ErrorCategory::Validation);
    newapi("bad_request_body", 400, ErrorCategory::Validation);
    newapi("read_request_body_failed", 400, ErrorCategory::Validation);
    newapi("convert_request_failed", 400, ErrorCategory::Validation);
    newapi("sensitive_words_detected", 500, ErrorCategory::ContentPolicy);
    newapi("prompt_blocked", 400, ErrorCategory::ContentPolicy);
    newapi("access_denied", 403, ErrorCategory::Permission);
    newapi("model_not_found", 503, ErrorCategory::NotFound);
    newapi("invalid_api_type", 400, ErrorCategory::Validation);
    newapi("get_channel_failed", 500, ErrorCategory::Upstream);
    newapi("channel:no_available_key", 503, ErrorCategory::Upstream);
    newapi("channel:invalid_key", 503, ErrorCategory::Upstream);
    newapi("channel:model_mapped_error", 500, ErrorCategory::Upstream);
    newapi("channel:response_time_exceeded", 504, ErrorCategory::Timeout);
    newapi("insufficient_user_quota", 403, ErrorCategory::Billing);
    newapi("pre_consume_token_quota_failed", 403, ErrorCategory::Billing);
    newapi("do_request_failed", 502, ErrorCategory::Upstream);
    newapi("bad_response", 502, ErrorCategory::Upstream);
    newapi("bad_response_status_code", 502, ErrorCategory::Upstream);
    newapi("empty_response", 502, ErrorCategory::Upstream);
    newapi("json_marshal_failed", 500, ErrorCategory::Server);
    newapi("query_data_error", 500, ErrorCategory::Server);
    newapi("update_data_error", 500, ErrorCategory::Server);
    // protocols.md gives no category for these; they must still be documented.
    for (const char *code : {"model_price_error", "count_token_failed", "read_response_body_failed"}) {
        const QByteArray body = "{\"error\":{\"message\":\"x\",\"type\":\"new_api_error\",\"code\":\"" + QByteArray(code) + "\"}}";
        QTest::addRow("newapi %s", code) << "newapi" << 500 << body << QString::fromUtf8(code) << QString();
    }

    const auto llmapi = [](const char *reason, int status, ErrorCategory category) {
        const QByteArray body = "{\"error\":{\"type\":\"" + QByteArray(reason) + "\",\"message\":\"seed\"}}";
        QTest::addRow("llmapi %s", reason) << "llmapi" << status << body << QString::fromUtf8(reason) << catId(category);
    };
    llmapi("IMAGE_TASKS_DISABLED", 503, ErrorCategory::Server);
    llmapi("IMAGE_TASK_STORAGE_UNAVAILABLE", 503, ErrorCategory::Server);
    llmapi("IMAGE_TASK_INVALID_REQUEST", 400, ErrorCategory::Validation);
    llmapi("IMAGE_TASK_UNSUPPORTED_MODEL", 400, ErrorCategory::Validation);
    llmapi("IMAGE_TASK_UNSUPPORTED_FEATURE", 400, ErrorCategory::Validation);
    llmapi("IMAGE_TASK_SUBSCRIPTION_UNSUPPORTED", 400, ErrorCategory::Permission);
    llmapi("IMAGE_TASK_INSUFFICIENT_BALANCE", 403, ErrorCategory::Billing);
    llmapi("IMAGE_TASK_QUEUE_LIMIT_EXCEEDED", 429, ErrorCategory::RateLimit);
    llmapi("IMAGE_TASK_ALREADY_TERMINAL", 409, ErrorCategory::Conflict);
    llmapi("IMAGE_TASK_NOT_FOUND", 404, ErrorCategory::NotFound);

    const auto vidu = [](const char *reason, int status, ErrorCategory category) {
        const QByteArray body = "{\"code\":" + QByteArray::number(status) + ",\"reason\":\"" + QByteArray(reason)
            + "\",\"message\":\"seed\",\"metadata\":{\"trace_id\":\"t\"}}";
        QTest::addRow("vidu %s", reason) << "vidu" << status << body << QString::fromUtf8(reason) << catId(category);
    };
    vidu("FieldLacking", 400, ErrorCategory::Validation);
    vidu("FieldUnwanted", 400, ErrorCategory::Validation);
    vidu("FieldItemCountOutOfRange", 400, ErrorCategory::Validation);
    vidu("FieldInvalid", 400, ErrorCategory::Validation);
    vidu("ImageDownloadFailure", 400, ErrorCategory::Validation);
    vidu("ImageFormatInvalid", 400, ErrorCategory::Validation);
    vidu("OperationInProcess", 400, ErrorCategory::Server);   // "please retry later"
    vidu("AuditSubmitIllegal", 400, ErrorCategory::ContentPolicy);
    vidu("CreationPolicyViolation", 400, ErrorCategory::ContentPolicy);
    vidu("CreditInsufficient", 400, ErrorCategory::Billing);
    vidu("ModelUnavailable", 400, ErrorCategory::Validation);   // "check the model type and try again"
    vidu("UserCancelled", 400, ErrorCategory::Cancelled);
    vidu("Unauthorized", 401, ErrorCategory::Auth);
    vidu("Forbidden", 403, ErrorCategory::Permission);
    vidu("TaskNotFound", 404, ErrorCategory::NotFound);
    vidu("Conflict", 409, ErrorCategory::Conflict);
    vidu("QuotaExceeded", 429, ErrorCategory::RateLimit);
    vidu("TooManyRequests", 429, ErrorCategory::RateLimit);
    vidu("SystemThrottling", 429, ErrorCategory::RateLimit);
    vidu("Canceled", 499, ErrorCategory::Cancelled);
    vidu("InternalServiceFailure", 500, ErrorCategory::Server);
    for (const char *reason : {"BadRequest", "PageSizeOutOfRange", "ImageCheckBodyJointsFailed", "ImageCheckFaceFailed",
                               "ImageObjectsUndetected", "CreationNotFound", "NotFound"}) {
        const QByteArray body = "{\"code\":400,\"reason\":\"" + QByteArray(reason) + "\",\"message\":\"seed\"}";
        QTest::addRow("vidu %s", reason) << "vidu" << 400 << body << QString::fromUtf8(reason) << QString();
    }

    const auto fox = [](const char *type, int status, ErrorCategory category) {
        const QByteArray body = "{\"error\":{\"message\":\"seed\",\"type\":\"" + QByteArray(type) + "\",\"code\":\"\"}}";
        QTest::addRow("foxapi %s", type) << "foxapi" << status << body << QString::fromUtf8(type) << catId(category);
    };
    fox("invalid_request_error", 400, ErrorCategory::Validation);
    fox("authentication_error", 401, ErrorCategory::Auth);
    fox("permission_error", 403, ErrorCategory::Permission);
    fox("not_found_error", 404, ErrorCategory::NotFound);
    fox("rate_limit_error", 429, ErrorCategory::RateLimit);
    fox("server_error", 500, ErrorCategory::Server);

    QTest::addRow("seaart UNAUTHORIZED") << "seaart" << 401 << j("{'error':{'code':'UNAUTHORIZED','message':'m'},'request_id':'r'}")
                                         << "UNAUTHORIZED" << catId(ErrorCategory::Auth);
    QTest::addRow("seaart RATE_LIMIT_EXCEEDED") << "seaart" << 429 << j("{'error':{'code':'RATE_LIMIT_EXCEEDED','message':'m'},'request_id':'r'}")
                                                << "RATE_LIMIT_EXCEEDED" << catId(ErrorCategory::RateLimit);
}

void TestEnvelopeParser::seedCodesAreDocumented()
{
    QFETCH(QString, provider);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, category);

    const ApiError e = EnvelopeParser::parseHttpError(provider, ApiPhase::Submit, status, body, {}, fixedNow());
    QCOMPARE(e.code, code);
    QVERIFY2(e.documented, qPrintable(QStringLiteral("catalog does not resolve %1/%2").arg(provider, code)));
    if (!category.isEmpty())
        QCOMPARE(ErrorTaxonomy::categoryId(e.category), category);
}

// ---------------------------------------------------------------------------------------
// Bodies that are not a recognised envelope: the result must still be complete.

void TestEnvelopeParser::hostileBodies_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("empty") << "seaart" << 502 << QByteArray() << "with an empty body";
    QTest::newRow("whitespace") << "foxapi" << 503 << QByteArray(" \r\n\t ") << "only whitespace";
    QTest::newRow("html page") << "newapi" << 502
        << QByteArray("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
                      "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
        << "HTTP 502 with an HTML page instead of JSON";
    QTest::newRow("html with doctype and whitespace") << "vidu" << 504
        << QByteArray("\n  <!DOCTYPE html><html lang=\"en\"><body>Gateway Timeout</body></html>")
        << "HTML page";
    QTest::newRow("cloudflare text after bom") << "llmapi" << 520
        << QByteArray("\xef\xbb\xbf error code: 520") << "plain text instead of JSON";
    QTest::newRow("xml") << "seaart" << 403
        << QByteArray("<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code></Error>") << "XML";
    QTest::newRow("plain text") << "seaart" << 503
        << QByteArray("upstream connect error or disconnect/reset before headers. reset reason: overflow")
        << "plain text instead of JSON: upstream connect error";
    QTest::newRow("truncated json") << "foxapi" << 500 << QByteArray("{\"error\":{\"code\":\"x\"")
        << "with JSON that could not be parsed (";
    // The offset Qt reports is where the data ran out: the end of this 16-byte body.
    QTest::newRow("truncated json offset") << "foxapi" << 500 << QByteArray("{\"error\":{\"code\"")
        << "at offset 16)";
    QTest::newRow("json array") << "newapi" << 400 << QByteArray("[{\"error\":{\"code\":\"x\"}}]") << "JSON array instead of an object";
    QTest::newRow("json string") << "vidu" << 502 << QByteArray("\"Bad Gateway\"") << "JSON string instead of an object: Bad Gateway";
    QTest::newRow("json number") << "vidu" << 500 << QByteArray("500") << "JSON number instead of an object: 500";
    QTest::newRow("json null") << "llmapi" << 500 << QByteArray("null") << "JSON null";
    QTest::newRow("json boolean") << "llmapi" << 500 << QByteArray("false") << "JSON boolean";
    QTest::newRow("100000 nested arrays") << "seaart" << 500 << QByteArray(100000, '[') << "too deeply nested";
    QTest::newRow("deep nested objects") << "seaart" << 500 << QByteArray("{\"a\":").repeated(5000) << "could not be parsed";
    QTest::newRow("invalid utf-8 bytes") << "vidu" << 500 << QByteArray("\xff\xfe\xfd\x80\xc3 oops") << "plain text";
    QTest::newRow("latin-1 json array") << "vidu" << 500 << QByteArray("[\"caf\xe9\"]") << "JSON array";
    QTest::newRow("trailing garbage") << "foxapi" << 500 << QByteArray("{\"error\":{\"code\":\"x\"}} trailing")
        << "garbage at the end";
    QTest::newRow("10 MiB body") << "seaart" << 500 << QByteArray(10 * 1024 * 1024, 'x')
        << "HTTP 500 with a body of 10485760 bytes (only the first 65536 are kept)";
    QTest::newRow("error as a string") << "foxapi" << 401 << QByteArray("{\"error\":\"Unauthorized\"}") << "Unauthorized";
    QTest::newRow("top-level message") << "llmapi" << 500 << QByteArray("{\"message\":\"Internal server error\"}") << "Internal server error";
    QTest::newRow("empty object") << "newapi" << 500 << QByteArray("{}") << "JSON object in no known error format";
    QTest::newRow("empty error object") << "newapi" << 500 << QByteArray("{\"error\":{}}") << "no known error format";
    QTest::newRow("new-api success wrapper on an error status") << "newapi" << 500
        << QByteArray("{\"code\":\"success\",\"data\":{}}") << "no known error format";
    QTest::newRow("empty detail list") << "seaart" << 422 << QByteArray("{\"detail\":[]}") << "no known error format";
}

void TestEnvelopeParser::hostileBodies()
{
    QFETCH(QString, provider);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, messageContains);

    const ApiError e = EnvelopeParser::parseHttpError(provider, ApiPhase::Poll, status, body, {}, fixedNow());

    QCOMPARE(e.provider, provider);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.code, QStringLiteral("http_%1").arg(status));
    QVERIFY(!e.message.isEmpty());
    QVERIFY2(e.message.contains(messageContains), qPrintable(e.message));
    QVERIFY(e.message.size() < 1000);   // a description, not a dump of the body
    QVERIFY(e.requestId.isEmpty());
    QVERIFY(!e.retryAfterSeconds.has_value());
    QVERIFY(e.rawBody.size() <= ApiError::RawBodyCap);
    QCOMPARE(e.rawBody, body.left(ApiError::RawBodyCap));
    QCOMPARE(e.rawBodyTruncated, body.size() > ApiError::RawBodyCap);
    // A status this clear must not end up unknown (the HTTP fallback applies).
    QCOMPARE_NE(e.category, ErrorCategory::Unknown);
}

void TestEnvelopeParser::bodySizeLimits()
{
    // Just under 2 MiB: still parsed, the code comes from the envelope.
    const QByteArray head("{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"m\"},\"pad\":\"");
    const QByteArray tail("\"}");
    const qsizetype limit = 2 * 1024 * 1024;
    const QByteArray fits = head + QByteArray(limit - head.size() - tail.size(), 'p') + tail;
    QCOMPARE(fits.size(), limit);
    ApiError e = EnvelopeParser::parseHttpError("seaart", ApiPhase::Submit, 401, fits, {}, fixedNow());
    QCOMPARE(e.code, QStringLiteral("UNAUTHORIZED"));
    QCOMPARE(e.rawBody.size(), ApiError::RawBodyCap);
    QVERIFY(e.rawBodyTruncated);

    // One byte more: not parsed at all, whatever it contains.
    const QByteArray tooBig = head + QByteArray(limit - head.size() - tail.size() + 1, 'p') + tail;
    e = EnvelopeParser::parseHttpError("seaart", ApiPhase::Submit, 401, tooBig, {}, fixedNow());
    QCOMPARE(e.code, QStringLiteral("http_401"));
    QVERIFY(e.message.contains(QStringLiteral("with a body of %1 bytes").arg(tooBig.size())));
    QCOMPARE(e.category, ErrorCategory::Auth);
    QCOMPARE(e.rawBody, tooBig.left(ApiError::RawBodyCap));
}

void TestEnvelopeParser::deepNestingIsRefused()
{
    // The parser relies on QJsonDocument's own depth limit; check it really exists.
    QJsonParseError error;
    QJsonDocument::fromJson(QByteArray(100000, '['), &error);
    QCOMPARE(error.error, QJsonParseError::DeepNesting);
    QJsonDocument::fromJson(QByteArray(1025, '[') + QByteArray(1025, ']'), &error);
    QCOMPARE(error.error, QJsonParseError::DeepNesting);

    // Deep but legal nesting inside a real envelope still works.
    const QByteArray nested = QByteArray("{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"m\",\"extra\":")
        + QByteArray(1000, '[') + QByteArray(1000, ']') + "}}";
    const ApiError e = EnvelopeParser::parseHttpError("seaart", ApiPhase::Submit, 401, nested, {}, fixedNow());
    QCOMPARE(e.code, QStringLiteral("UNAUTHORIZED"));
}

void TestEnvelopeParser::headersAreCaseInsensitive()
{
    const QByteArray body = j("{'error':{'code':'RATE_LIMIT_EXCEEDED','message':'m'}}");
    for (const QByteArray &name : {QByteArray("Retry-After"), QByteArray("retry-after"), QByteArray("RETRY-AFTER"), QByteArray("rEtRy-AfTeR")}) {
        const ApiError e = EnvelopeParser::parseHttpError("seaart", ApiPhase::Poll, 429, body, {{name, " 42 "}}, fixedNow());
        QVERIFY2(e.retryAfterSeconds.has_value(), name.constData());
        QCOMPARE(*e.retryAfterSeconds, 42);
    }
    const ApiError e = EnvelopeParser::parseHttpError("seaart", ApiPhase::Poll, 429, body,
                                                      {{"X-REQUEST-ID", "abc"}, {"x-fal-error-type", "runner_disconnected"}}, fixedNow());
    QCOMPARE(e.requestId, QStringLiteral("abc"));
    QCOMPARE(e.type, QStringLiteral("runner_disconnected"));
}

void TestEnvelopeParser::bodyRequestIdWinsOverHeader()
{
    const Headers headers{{"x-request-id", "from-header"}};
    ApiError e = EnvelopeParser::parseHttpError("seaart", ApiPhase::Poll, 401,
                                                j("{'error':{'code':'UNAUTHORIZED','message':'m'},'request_id':'from-body'}"), headers, fixedNow());
    QCOMPARE(e.requestId, QStringLiteral("from-body"));
    e = EnvelopeParser::parseHttpError("newapi", ApiPhase::Poll, 503,
                                       j("{'error':{'message':'x (request id: from-suffix)','type':'new_api_error','code':'model_not_found'}}"),
                                       headers, fixedNow());
    QCOMPARE(e.requestId, QStringLiteral("from-suffix"));
    e = EnvelopeParser::parseHttpError("vidu", ApiPhase::Poll, 404,
                                       j("{'code':404,'reason':'TaskNotFound','message':'task not found','metadata':{'trace_id':'trace'}}"),
                                       headers, fixedNow());
    QCOMPARE(e.requestId, QStringLiteral("trace"));
    e = EnvelopeParser::parseHttpError("seaart", ApiPhase::Poll, 404, j("{'detail':'Request not found'}"), headers, fixedNow());
    QCOMPARE(e.requestId, QStringLiteral("from-header"));
}

// ---------------------------------------------------------------------------------------
// 2xx task objects that report a failure (or do not).

void TestEnvelopeParser::inTaskFailures_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QJsonObject>("task");
    QTest::addColumn<bool>("failed");
    addExpectationColumns();

    const QString none;
    const auto notFailed = [&](const char *name, const char *provider, const char *task) {
        QTest::newRow(name) << QString::fromLatin1(provider) << obj(task) << false
                            << none << none << none << none << none << -1;
    };

    // SeaArt: COMPLETED is terminal only; error / error_type decide.
    QTest::newRow("seaart INFERENCE_FAILURE")
        << "seaart" << obj("{'request_id':'mmsu_1','status':'COMPLETED','error':'Task execution failed','error_type':'INFERENCE_FAILURE'}") << true
        << "INFERENCE_FAILURE" << none << "Task execution failed" << "mmsu_1" << catId(ErrorCategory::Server) << 1;
    QTest::newRow("seaart INFERENCE_TIMEOUT")
        << "seaart" << obj("{'status':'COMPLETED','error':'Task timed out','error_type':'INFERENCE_TIMEOUT'}") << true
        << "INFERENCE_TIMEOUT" << none << "Task timed out" << none << catId(ErrorCategory::Timeout) << 1;
    QTest::newRow("seaart CANCELED")
        << "seaart" << obj("{'status':'COMPLETED','error':'Task canceled','error_type':'CANCELED'}") << true
        << "CANCELED" << none << "Task canceled" << none << catId(ErrorCategory::Cancelled) << 1;
    QTest::newRow("seaart CONTENT_BLOCKED")
        << "seaart" << obj("{'status':'COMPLETED','error':'blocked','error_type':'CONTENT_BLOCKED'}") << true
        << "CONTENT_BLOCKED" << none << "blocked" << none << catId(ErrorCategory::ContentPolicy) << 1;
    QTest::newRow("seaart REQUEST_INVALID")
        << "seaart" << obj("{'status':'COMPLETED','error':'bad input','error_type':'REQUEST_INVALID'}") << true
        << "REQUEST_INVALID" << none << "bad input" << none << catId(ErrorCategory::Validation) << 1;
    QTest::newRow("seaart error without error_type")
        << "seaart" << obj("{'status':'COMPLETED','error':'Task execution failed'}") << true
        << "INFERENCE_FAILURE" << none << "Task execution failed" << none << catId(ErrorCategory::Server) << 0;   // code chosen by QueueLens
    notFailed("seaart success", "seaart", "{'status':'COMPLETED','metrics':{'inference_time':3.2}}");
    notFailed("seaart success with null error", "seaart", "{'status':'COMPLETED','error':null}");
    notFailed("seaart in progress", "seaart", "{'status':'IN_PROGRESS','queue_position':0}");

    // FoxAPI
    QTest::newRow("foxapi failed content_policy_violation")
        << "foxapi" << obj("{'id':'task-unified-1','status':'failed','error':{'code':'content_policy_violation','message':'The input violates policy'}}") << true
        << "content_policy_violation" << none << "The input violates policy" << none << catId(ErrorCategory::ContentPolicy) << 1;
    QTest::newRow("foxapi failed timeout")
        << "foxapi" << obj("{'status':'failed','error':{'code':'timeout','message':'The task timed out'}}") << true
        << "timeout" << none << "The task timed out" << none << catId(ErrorCategory::Timeout) << 1;
    QTest::newRow("foxapi failed without error")
        << "foxapi" << obj("{'status':'failed'}") << true
        << "generation_failed" << none << none << none << catId(ErrorCategory::Server) << 0;   // code chosen by QueueLens
    QTest::newRow("foxapi cancelled")
        << "foxapi" << obj("{'status':'cancelled'}") << true
        << "request_cancelled" << none << none << none << catId(ErrorCategory::Cancelled) << -1;
    notFailed("foxapi completed", "foxapi", "{'status':'completed','progress':100,'results':[{'url':'u'}]}");
    notFailed("foxapi processing", "foxapi", "{'status':'processing','progress':40}");

    // new-api
    QTest::newRow("newapi video failed")
        << "newapi" << obj("{'id':'task_a','object':'video','status':'failed','error':{'code':'content_policy_violation','message':'blocked (request id: nv1)'}}") << true
        << "content_policy_violation" << none << "blocked" << "nv1" << QString() << -1;
    QTest::newRow("newapi video failed without code")
        << "newapi" << obj("{'id':'task_a','object':'video','status':'failed','error':{'message':'upstream failed'}}") << true
        << "task_failed" << none << "upstream failed" << none << QString() << -1;
    QTest::newRow("newapi TaskDto FAILURE")
        << "newapi" << obj("{'task_id':'task_b','status':'FAILURE','progress':'100%','fail_reason':'upstream rejected the prompt'}") << true
        << "task_failed" << none << "upstream rejected the prompt" << none << QString() << -1;
    QTest::newRow("newapi wrapped TaskDto FAILURE")
        << "newapi" << obj("{'code':'success','data':{'task_id':'task_c','status':'FAILURE','fail_reason':'quota'}}") << true
        << "task_failed" << none << "quota" << none << QString() << -1;
    notFailed("newapi wrapped SUCCESS", "newapi", "{'code':'success','data':{'task_id':'task_c','status':'SUCCESS','result_url':'u'}}");
    notFailed("newapi unknown (not started)", "newapi", "{'id':'task_d','status':'unknown','progress':0}");
    notFailed("newapi completed", "newapi", "{'id':'task_d','status':'completed','progress':100}");

    // LLMAPI
    QTest::newRow("llmapi failed with error")
        << "llmapi" << obj("{'id':'img_1','object':'image.task','status':'failed','error':{'type':'api_error','message':'upstream returned no generated images'}}") << true
        << "api_error" << "api_error" << "upstream returned no generated images" << none << QString() << -1;
    QTest::newRow("llmapi timeout without error")
        << "llmapi" << obj("{'id':'img_2','status':'timeout'}") << true
        << "timeout" << none << none << none << QString() << -1;
    QTest::newRow("llmapi canceled")
        << "llmapi" << obj("{'id':'img_3','status':'canceled'}") << true
        << "canceled" << none << none << none << QString() << -1;
    notFailed("llmapi succeeded", "llmapi", "{'id':'img_4','status':'succeeded'}");
    notFailed("llmapi running", "llmapi", "{'id':'img_5','status':'running'}");

    // Vidu
    QTest::newRow("vidu failed CreditInsufficient")
        << "vidu" << obj("{'id':'v1','state':'failed','err_code':'CreditInsufficient','creations':[]}") << true
        << "CreditInsufficient" << none << "task failed" << none << catId(ErrorCategory::Billing) << 1;
    QTest::newRow("vidu failed UserCancelled")
        << "vidu" << obj("{'id':'v2','state':'failed','err_code':'UserCancelled'}") << true
        << "UserCancelled" << none << "task failed" << none << catId(ErrorCategory::Cancelled) << 1;
    QTest::newRow("vidu failed without err_code")
        << "vidu" << obj("{'id':'v3','state':'failed','err_code':''}") << true
        << "Unknown" << none << "task failed" << none << QString() << 0;   // code chosen by QueueLens
    notFailed("vidu success", "vidu", "{'id':'v4','state':'success','err_code':'','creations':[{'url':'u'}]}");
    notFailed("vidu processing", "vidu", "{'id':'v5','state':'processing','err_code':''}");

    // A provider id the parser does not know: every shape is tried.
    QTest::newRow("unknown provider, SeaArt shape")
        << "fal" << obj("{'status':'COMPLETED','error':'boom','error_type':'INFERENCE_FAILURE'}") << true
        << "INFERENCE_FAILURE" << none << "boom" << none << QString() << -1;
    QTest::newRow("unknown provider, Vidu shape")
        << "other" << obj("{'state':'failed','err_code':'AuditFailed'}") << true
        << "AuditFailed" << none << "task failed" << none << QString() << -1;
    QTest::newRow("unknown provider, FoxAPI shape")
        << "other" << obj("{'status':'failed','error':{'code':'file_too_large','message':'too big'}}") << true
        << "file_too_large" << none << "too big" << none << QString() << -1;
    QTest::newRow("unknown provider, LLMAPI timeout")
        << "other" << obj("{'status':'timeout'}") << true
        << "timeout" << none << none << none << QString() << -1;
    notFailed("unknown provider, running", "other", "{'status':'running'}");
    notFailed("empty object", "seaart", "{}");
}

void TestEnvelopeParser::inTaskFailures()
{
    QFETCH(QString, provider);
    QFETCH(QJsonObject, task);
    QFETCH(bool, failed);
    QFETCH(QString, code);
    QFETCH(QString, type);
    QFETCH(QString, message);
    QFETCH(QString, requestId);
    QFETCH(QString, category);
    QFETCH(int, documented);

    const std::optional<ApiError> e = EnvelopeParser::parseInTaskFailure(provider, task);
    QCOMPARE(e.has_value(), failed);
    if (!failed)
        return;
    QCOMPARE(e->provider, provider);
    QCOMPARE(e->phase, ApiPhase::InTask);
    QCOMPARE(e->httpStatus, 0);
    QCOMPARE(e->code, code);
    QCOMPARE(e->type, type);
    QCOMPARE(e->message, message);
    QCOMPARE(e->requestId, requestId);
    QVERIFY(!e->retryAfterSeconds.has_value());
    if (documented >= 0)
        QCOMPARE(e->documented, documented == 1);
    if (!category.isEmpty())
        QCOMPARE(ErrorTaxonomy::categoryId(e->category), category);
}

// ---------------------------------------------------------------------------------------

void TestEnvelopeParser::stripRequestIdSuffix_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("stripped");
    QTest::addColumn<QString>("requestId");   // what ends up in the out parameter (pre-set to "keep")

    QTest::newRow("ascii") << QStringLiteral("No available channel (request id: 2026110112000012345)")
                           << QStringLiteral("No available channel") << QStringLiteral("2026110112000012345");
    QTest::newRow("full-width parentheses")
        << QStringLiteral("当前分组上游负载已饱和，请稍后再试（request id: 20261101abc）")
        << QStringLiteral("当前分组上游负载已饱和，请稍后再试") << QStringLiteral("20261101abc");
    QTest::newRow("full-width colon") << QStringLiteral("失败（request id：X1）") << QStringLiteral("失败") << QStringLiteral("X1");
    QTest::newRow("trailing whitespace") << QStringLiteral("boom (request id: a1)  \n") << QStringLiteral("boom") << QStringLiteral("a1");
    QTest::newRow("upper case") << QStringLiteral("boom (Request ID: a2)") << QStringLiteral("boom") << QStringLiteral("a2");
    QTest::newRow("only the suffix") << QStringLiteral("(request id: a3)") << QString() << QStringLiteral("a3");
    QTest::newRow("no suffix") << QStringLiteral("plain message") << QStringLiteral("plain message") << QStringLiteral("keep");
    QTest::newRow("suffix not at the end") << QStringLiteral("x (request id: a4) then more")
                                           << QStringLiteral("x (request id: a4) then more") << QStringLiteral("keep");
    QTest::newRow("other parenthesis") << QStringLiteral("limit reached (10 per minute)")
                                       << QStringLiteral("limit reached (10 per minute)") << QStringLiteral("keep");
    QTest::newRow("only the last of two") << QStringLiteral("up (request id: inner) (request id: outer)")
                                          << QStringLiteral("up (request id: inner)") << QStringLiteral("outer");
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("keep");
}

void TestEnvelopeParser::stripRequestIdSuffix()
{
    QFETCH(QString, input);
    QFETCH(QString, stripped);
    QFETCH(QString, requestId);

    QString id = QStringLiteral("keep");
    QCOMPARE(EnvelopeParser::stripRequestIdSuffix(input, &id), stripped);
    QCOMPARE(id, requestId);
}

void TestEnvelopeParser::stripRequestIdSuffixWithoutOutput()
{
    QCOMPARE(EnvelopeParser::stripRequestIdSuffix(QStringLiteral("boom (request id: z)"), nullptr), QStringLiteral("boom"));
}

// The providers' catalogs and failure parsing come from their folders.
Q_CONSTRUCTOR_FUNCTION(registerBuiltinProvidersOnce)

QTEST_GUILESS_MAIN(TestEnvelopeParser)
#include "tst_envelopeparser.moc"
