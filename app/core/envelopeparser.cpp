#include "envelopeparser.h"

#include "provideradapter.h"
#include "providerdirectory.h"

#include "errorcatalog.h"
#include "retryafter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <limits>

namespace {

QString scalarText(const QJsonValue &value)
{
    return EnvelopeParser::scalarText(value);
}

QString anyText(const QJsonValue &value)
{
    return EnvelopeParser::anyText(value);
}

// Bodies above this are never handed to the JSON parser: no real error envelope is that big,
// and parsing a multi-megabyte page only to throw it away wastes time on the UI thread.
constexpr qsizetype MaxParsedBody = 2 * 1024 * 1024;

// How much of a non-JSON text body is quoted in the message.
constexpr qsizetype QuotedTextLimit = 200;

QByteArray headerValue(const EnvelopeParser::Headers &headers, const char *name)
{
    const QByteArray wanted(name);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        if (it.key().trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return it.value().trimmed();
    }
    return {};
}

// x-ratelimit-reset: seconds (possibly fractional); a value that looks like a Unix
// timestamp is taken as an absolute time, as some gateways send it that way.
std::optional<int> parseRateLimitReset(const QByteArray &value, const QDateTime &now)
{
    bool ok = false;
    const double seconds = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < 0)
        return std::nullopt;
    double wait = seconds;
    if (seconds >= 1.0e9) {
        const QDateTime base = now.isValid() ? now : QDateTime::currentDateTimeUtc();
        wait = seconds - static_cast<double>(base.toSecsSinceEpoch());
    }
    if (wait <= 0)
        return 0;
    if (wait >= RetryAfter::MaxSeconds)
        return RetryAfter::MaxSeconds;
    return static_cast<int>(std::ceil(wait));
}

QString statusText(int httpStatus)
{
    return QStringLiteral("The server answered HTTP %1").arg(httpStatus);
}

QString quoted(const QByteArray &text)
{
    QString s = QString::fromUtf8(text.left(QuotedTextLimit * 4)).simplified();
    if (s.size() > QuotedTextLimit)
        s = s.left(QuotedTextLimit) + QStringLiteral("...");
    return s;
}

// Parses a body as JSON; on invalid UTF-8 retries with the bad bytes replaced, since a
// gateway in a legacy encoding should still give its code rather than a parse failure.
QJsonDocument parseLenient(const QByteArray &body, QJsonParseError *error)
{
    QJsonDocument doc = QJsonDocument::fromJson(body, error);
    if (error->error == QJsonParseError::IllegalUTF8String)
        doc = QJsonDocument::fromJson(QString::fromUtf8(body).toUtf8(), error);
    return doc;
}

// The body parsed once (nothing parsed above MaxParsedBody).
struct ParsedBody
{
    QJsonDocument doc;
    QJsonParseError error{};
    bool attempted = false;
};

ParsedBody parseBody(const QByteArray &body)
{
    ParsedBody parsed;
    if (body.size() <= MaxParsedBody) {
        parsed.doc = parseLenient(body, &parsed.error);
        parsed.attempted = true;
    }
    return parsed;
}

// What a body that is not a JSON object is, in words (rule 10 of the detection table).
QString describeNonObject(int httpStatus, const QByteArray &body, const ParsedBody &parsed)
{
    const QString prefix = statusText(httpStatus);
    if (!parsed.attempted) {
        return QStringLiteral("%1 with a body of %2 bytes (only the first %3 are kept)")
            .arg(prefix)
            .arg(body.size())
            .arg(ApiError::RawBodyCap);
    }
    QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith("\xef\xbb\xbf"))   // a UTF-8 byte order mark is not content
        trimmed = trimmed.mid(3).trimmed();
    if (body.isEmpty())
        return prefix + QStringLiteral(" with an empty body");
    if (trimmed.isEmpty())
        return prefix + QStringLiteral(" with a body of only whitespace");
    const QByteArray head = trimmed.left(1024).toLower();
    if (head.startsWith("<?xml"))
        return prefix + QStringLiteral(" with an XML document instead of JSON");
    if (head.startsWith('<') || head.contains("<html") || head.contains("<!doctype"))
        return prefix + QStringLiteral(" with an HTML page instead of JSON");

    const QJsonParseError &error = parsed.error;
    if (error.error == QJsonParseError::NoError && parsed.doc.isArray())
        return prefix + QStringLiteral(" with a JSON array instead of an object");

    const char first = trimmed.at(0);
    const bool container = first == '{' || first == '[';
    // Qt only accepts an object or array at the top level: wrap the body to tell a bare
    // string, number, boolean or null apart from broken JSON.
    QJsonParseError wrappedError;
    const QJsonDocument wrapped = container ? QJsonDocument() : parseLenient("[" + trimmed + "]", &wrappedError);
    if (wrapped.isArray() && wrapped.array().size() == 1) {
        const QJsonValue v = wrapped.array().first();
        if (v.isNull())
            return prefix + QStringLiteral(" with JSON null instead of an object");
        if (v.isString())
            return prefix + QStringLiteral(" with a JSON string instead of an object: ") + quoted(v.toString().toUtf8());
        if (v.isDouble())
            return prefix + QStringLiteral(" with a JSON number instead of an object: ") + scalarText(v);
        if (v.isBool())
            return prefix + QStringLiteral(" with a JSON boolean instead of an object");
    }

    if (container || first == '"') {
        return QStringLiteral("%1 with JSON that could not be parsed (%2 at offset %3)")
            .arg(prefix, error.errorString())
            .arg(error.offset);
    }
    return prefix + QStringLiteral(" with plain text instead of JSON: ") + quoted(trimmed);
}

QString joinValidationDetail(const QJsonArray &detail)
{
    QStringList parts;
    for (const QJsonValue &item : detail) {
        const QJsonObject entry = item.toObject();
        QStringList path;
        const QJsonArray loc = entry.value(QLatin1StringView("loc")).toArray();
        for (const QJsonValue &segment : loc)
            path << scalarText(segment);
        const QString msg = anyText(entry.value(QLatin1StringView("msg")));
        if (path.isEmpty())
            parts << msg;
        else
            parts << path.join(QLatin1Char('.')) + QStringLiteral(": ") + msg;
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral("; "));
}

struct Detected
{
    QString code;
    QString type;
    QString message;
    QString requestId;
};

// Rules 1-9 of the envelope table; nullopt when the object is in none of those shapes.
std::optional<Detected> detectEnvelope(const QJsonObject &body)
{
    Detected d;
    const QJsonValue errorValue = body.value(QLatin1StringView("error"));

    if (errorValue.isObject()) {
        const QJsonObject error = errorValue.toObject();
        const QJsonValue code = error.value(QLatin1StringView("code"));
        d.type = scalarText(error.value(QLatin1StringView("type")));
        d.message = anyText(error.value(QLatin1StringView("message")));
        d.requestId = scalarText(body.value(QLatin1StringView("request_id")));

        // 1. error.code present: SeaArt gateway, OpenAI/FoxAPI, new-api relay, Google.
        if (code.isDouble()) {
            // Google puts the HTTP status in code; its machine-readable reason is status.
            const QString status = scalarText(error.value(QLatin1StringView("status")));
            d.code = status.isEmpty() ? scalarText(code) : status;
            return d;
        }
        const QString codeText = scalarText(code);
        if (!codeText.isEmpty()) {
            d.code = codeText;
            return d;
        }
        // 2./3. no code: LLMAPI puts the reason in error.type (also the Anthropic form
        // {"type":"error","error":{...}}); new-api auth failures send code "" with a
        // class-like type, which is kept as the code so the catalog can still try it.
        if (!d.type.isEmpty()) {
            d.code = d.type;
            return d;
        }
        // Message only ("API key group platform is not gemini"): the text is the identifier.
        if (!d.message.isEmpty()) {
            d.code = d.message;
            return d;
        }
        d = Detected{};   // an empty error object: let the later rules try
    }

    // 4. Vidu: {"code":400,"reason":"...","message":"...","metadata":{"trace_id":"..."}}
    const QString reason = scalarText(body.value(QLatin1StringView("reason")));
    if (!reason.isEmpty()
        && (body.value(QLatin1StringView("metadata")).isObject() || body.value(QLatin1StringView("code")).isDouble())) {
        d.code = reason;
        d.message = anyText(body.value(QLatin1StringView("message")));
        d.requestId = scalarText(body.value(QLatin1StringView("metadata")).toObject().value(QLatin1StringView("trace_id")));
        return d;
    }

    const QJsonValue detail = body.value(QLatin1StringView("detail"));
    // 5. FastAPI-style detail string: SeaArt runtime, fal infrastructure errors.
    if (detail.isString() && !detail.toString().isEmpty()) {
        d.message = detail.toString();
        const QString errorType = scalarText(body.value(QLatin1StringView("error_type")));
        d.code = errorType.isEmpty() ? d.message : errorType;
        return d;
    }
    // 6. fal / FastAPI validation list.
    if (detail.isArray() && !detail.toArray().isEmpty()) {
        const QJsonArray items = detail.toArray();
        d.code = scalarText(items.first().toObject().value(QLatin1StringView("type")));
        if (d.code.isEmpty())
            d.code = QStringLiteral("validation_error");
        d.type = QStringLiteral("validation");
        d.message = joinValidationDetail(items);
        return d;
    }

    // 7. Status-only bodies: fal/SeaArt cancel outcomes ALREADY_COMPLETED, NOT_FOUND.
    const QString status = scalarText(body.value(QLatin1StringView("status")));
    if (body.value(QLatin1StringView("status")).isString() && !status.isEmpty()) {
        d.code = status;
        d.message = anyText(body.value(QLatin1StringView("message")));
        return d;
    }

    const QJsonValue topCode = body.value(QLatin1StringView("code"));
    // 8. new-api task routes: {"code":"task_not_exist","message":"...","data":null}
    if (topCode.isString() && !topCode.toString().isEmpty()
        && topCode.toString() != QLatin1StringView("success")
        && (body.contains(QLatin1StringView("message")) || body.contains(QLatin1StringView("data")))) {
        d.code = topCode.toString();
        d.message = anyText(body.value(QLatin1StringView("message")));
        return d;
    }
    // 9. new-api Midjourney relay: {"code":4,"description":"...","type":"upstream_error"}
    if (topCode.isDouble() && body.contains(QLatin1StringView("description"))) {
        d.code = QStringLiteral("mj:") + scalarText(topCode);
        d.message = anyText(body.value(QLatin1StringView("description")));
        d.type = scalarText(body.value(QLatin1StringView("type")));
        return d;
    }
    return std::nullopt;
}

// Provider words from an object in no known shape ({"message":..}, {"error":"..."}).
QString looseMessage(const QJsonObject &body)
{
    for (const char *key : {"message", "error", "msg", "error_description", "description", "detail"}) {
        // Strings only: an empty "error":{} or "detail":[] says nothing worth showing.
        const QString text = body.value(QLatin1StringView(key)).toString();
        if (!text.trimmed().isEmpty())
            return text;
    }
    return {};
}

} // namespace

QString EnvelopeParser::scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString EnvelopeParser::anyText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return scalarText(value);
}

ApiError EnvelopeParser::parseHttpError(const QString &provider, ApiPhase phase, int httpStatus,
                                        const QByteArray &body, const Headers &headers,
                                        const QDateTime &now)
{
    ApiError error;
    error.provider = provider;
    error.phase = phase;
    error.httpStatus = httpStatus;
    error.setRawBody(body);

    const QDateTime reference = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    const QByteArray retryAfter = headerValue(headers, "retry-after");
    if (!retryAfter.isEmpty())
        error.retryAfterSeconds = RetryAfter::parse(retryAfter, reference);
    if (!error.retryAfterSeconds) {
        const QByteArray reset = headerValue(headers, "x-ratelimit-reset");
        if (!reset.isEmpty())
            error.retryAfterSeconds = parseRateLimitReset(reset, reference);
    }

    const ParsedBody parsed = parseBody(body);
    std::optional<QJsonObject> object;
    if (parsed.error.error == QJsonParseError::NoError && parsed.doc.isObject())
        object = parsed.doc.object();
    std::optional<Detected> detected;
    if (object)
        detected = detectEnvelope(*object);

    if (detected) {
        error.code = detected->code;
        error.type = detected->type;
        error.message = detected->message;
        error.requestId = detected->requestId;
    } else {
        error.code = ErrorCatalog::httpStatusCode(httpStatus);
        if (object) {
            error.message = looseMessage(*object);
            if (error.message.isEmpty())
                error.message = statusText(httpStatus) + QStringLiteral(" with a JSON object in no known error format");
        } else {
            error.message = describeNonObject(httpStatus, body, parsed);
        }
    }
    if (error.code.isEmpty())   // defensive: the catalog needs something to match
        error.code = QStringLiteral("http_%1").arg(httpStatus);

    QString suffixId;
    const QString strippedMessage = stripRequestIdSuffix(error.message, &suffixId);
    if (error.code == error.message)   // message-style identifier: keep the two in step
        error.code = strippedMessage.isEmpty() ? error.code : strippedMessage;
    error.message = strippedMessage;
    if (error.requestId.isEmpty())
        error.requestId = suffixId;
    if (error.requestId.isEmpty()) {
        for (const char *name : {"x-request-id", "x-fal-request-id", "x-oneapi-request-id"}) {
            const QByteArray id = headerValue(headers, name);
            if (!id.isEmpty()) {
                error.requestId = QString::fromUtf8(id);
                break;
            }
        }
    }
    if (error.type.isEmpty())
        error.type = QString::fromUtf8(headerValue(headers, "x-fal-error-type"));

    // new-api's own class names standing in for an empty code say no more than the HTTP
    // status: explain them as that status rather than as an "undocumented code".
    const ErrorCatalog &catalog = ErrorCatalog::instance();
    const bool bareGatewayClass = error.type == QLatin1String("new_api_error") || error.type == QLatin1String("upstream_error");
    if (bareGatewayClass && error.code == error.type && !catalog.resolve(error)
        && catalog.findHttpStatus(provider, httpStatus))
        error.code = ErrorCatalog::httpStatusCode(httpStatus);

    catalog.classify(error);
    return error;
}

std::optional<ApiError> EnvelopeParser::parseInTaskFailure(const QString &provider, const QJsonObject &task)
{
    if (const auto adapter = ProviderDirectory::find(provider))
        return adapter->inTaskFailure(task);
    // Unknown provider: the shapes barely overlap (state vs status, COMPLETED vs failed), so
    // the first reader that recognises the object wins.
    for (const auto &adapter : ProviderDirectory::all()) {
        if (const std::optional<InTaskFailure> failure = adapter->readInTaskFailure(task))
            return inTaskError(provider, *failure, task);
    }
    return std::nullopt;
}

ApiError EnvelopeParser::inTaskError(const QString &provider, const InTaskFailure &failure, const QJsonObject &task)
{
    ApiError error;
    error.provider = provider;
    error.phase = ApiPhase::InTask;
    error.httpStatus = 0;
    error.code = failure.code;
    error.type = failure.type;
    QString suffixId;
    error.message = stripRequestIdSuffix(failure.message, &suffixId);
    error.requestId = failure.requestId.isEmpty() ? suffixId : failure.requestId;
    error.codeInferred = failure.codeInferred;
    error.setRawBody(QJsonDocument(task).toJson(QJsonDocument::Compact));
    ErrorCatalog::instance().classify(error);
    return error;
}

QString EnvelopeParser::stripRequestIdSuffix(const QString &message, QString *requestId)
{
    // ASCII " (request id: X)" and the full-width "（request id：X）" new-api uses with
    // Chinese text; only a suffix at the very end counts.
    static const QRegularExpression suffix(
        QStringLiteral("\\s*[(\\x{FF08}]\\s*request[ _-]?id\\s*[:\\x{FF1A}]\\s*([^()\\x{FF08}\\x{FF09}]*?)\\s*[)\\x{FF09}]\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = suffix.match(message);
    if (!match.hasMatch())
        return message;
    if (requestId)
        *requestId = match.captured(1);
    return message.left(match.capturedStart(0));
}
