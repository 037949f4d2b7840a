#include "adapterkit.h"

#include "redactor.h"

#include "envelopeparser.h"
#include "errorcatalog.h"
#include "retryafter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace AdapterKit {

namespace {

// Bodies above this are not parsed for an excerpt; a prefix of the raw text is enough.
constexpr qsizetype ExcerptSourceBytes = 2048;

// Control characters in a key would break (or inject) header lines.
QByteArray headerSafe(const QString &text)
{
    QByteArray bytes = text.trimmed().toUtf8();
    bytes.removeIf([](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
    return bytes;
}

QString encodedSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QUrl withEncodedPath(const QUrl &base, const QStringList &encodedSegments)
{
    QUrl result = base;
    QString path = base.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    for (const QString &segment : encodedSegments)
        path += QLatin1Char('/') + segment;
    result.setPath(path, QUrl::TolerantMode);
    result.setQuery(QString());
    result.setFragment(QString());
    return result;
}

// Fields a reader of the timeline looks for first; QJsonObject itself sorts keys
// alphabetically, which would put SeaArt's long URLs before its status.
const char *const LeadingKeys[] = {"status", "state", "code", "reason", "error", "error_type", "err_code", "message",
                                   "detail", "fail_reason", "progress", "queue_position", "task_id", "request_id",
                                   "id", "data"};

QString compactValue(const QJsonValue &value);

QString compactObject(const QJsonObject &object)
{
    QStringList parts;
    auto add = [&parts](const QString &key, const QJsonValue &value) {
        parts << compactValue(QJsonValue(key)) + QLatin1Char(':') + compactValue(value);
    };
    for (const char *key : LeadingKeys) {
        const QLatin1StringView name(key);
        if (object.contains(name))
            add(name, object.value(name));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::none_of(std::begin(LeadingKeys), std::end(LeadingKeys),
                         [&it](const char *key) { return it.key() == QLatin1StringView(key); }))
            add(it.key(), it.value());
    }
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString compactValue(const QJsonValue &value)
{
    if (value.isObject())
        return compactObject(value.toObject());
    if (value.isArray()) {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            items << compactValue(item);
        return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    // Scalars through Qt's own JSON writer, for correct quoting and escaping.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

bool looksLikeHtml(const QByteArray &trimmedLower)
{
    return trimmedLower.startsWith('<') || trimmedLower.contains("<html") || trimmedLower.contains("<!doctype");
}

} // namespace

QList<QPair<QByteArray, QByteArray>> headers(QByteArrayView scheme, const QString &apiKey, bool withJsonBody)
{
    QList<QPair<QByteArray, QByteArray>> list;
    const QByteArray key = headerSafe(apiKey);
    if (!key.isEmpty())
        list.append({QByteArrayLiteral("Authorization"), scheme.toByteArray() + ' ' + key});
    list.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (withJsonBody)
        list.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return list;
}

QUrl endpointUrl(const QUrl &base, std::initializer_list<QString> segments)
{
    QStringList encoded;
    for (const QString &segment : segments)
        encoded << encodedSegment(segment);
    return withEncodedPath(base, encoded);
}

QUrl endpointUrlWithPath(const QUrl &base, const QString &path)
{
    QStringList encoded;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        encoded << encodedSegment(part);
    return withEncodedPath(base, encoded);
}

ProviderRequest request(ApiPhase phase, QByteArrayView method, const QUrl &url, QByteArrayView scheme,
                        const QString &apiKey, const QByteArray &body)
{
    ProviderRequest request;
    request.phase = phase;
    request.method = method.toByteArray();
    request.url = url;
    request.body = body;
    request.headers = headers(scheme, apiKey, !body.isEmpty());
    return request;
}

QJsonObject modelPromptBody(const TaskSpec &spec)
{
    QJsonObject body = spec.params;
    body.insert(QStringLiteral("model"), spec.model);
    body.insert(QStringLiteral("prompt"), spec.prompt);
    return body;
}

QUrl trustedUrl(const QUrl &base, const QString &candidate)
{
    if (candidate.trimmed().isEmpty())
        return {};
    QUrl url(candidate.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return {};
    if (url.isRelative()) {
        // A path relative to the configured base keeps the base's prefix.
        return url.path().isEmpty() ? QUrl() : endpointUrlWithPath(base, url.path());
    }
    const bool sameOrigin = url.scheme().compare(base.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(base.host(), Qt::CaseInsensitive) == 0
        && url.port(url.scheme() == QLatin1StringView("https") ? 443 : 80)
            == base.port(base.scheme() == QLatin1StringView("https") ? 443 : 80);
    if (!sameOrigin || !url.userInfo().isEmpty())
        return {};
    return url;
}

bool isSuccess(const ProviderReply &reply)
{
    return reply.httpStatus >= 200 && reply.httpStatus < 300;
}

std::optional<QJsonObject> jsonObject(const QByteArray &body, QString *problem)
{
    auto fail = [problem](const QString &why) -> std::optional<QJsonObject> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith("\xef\xbb\xbf"))   // a byte order mark is not content
        trimmed = trimmed.mid(3).trimmed();
    if (body.isEmpty())
        return fail(QStringLiteral("an empty body"));
    if (trimmed.isEmpty())
        return fail(QStringLiteral("a body of only whitespace"));
    if (looksLikeHtml(trimmed.left(512).toLower()))
        return fail(QStringLiteral("an HTML page instead of JSON"));

    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (error.error == QJsonParseError::IllegalUTF8String)   // tolerate a legacy-encoded gateway
        doc = QJsonDocument::fromJson(QString::fromUtf8(trimmed).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        const char first = trimmed.at(0);
        if (first != '{' && first != '[')
            return fail(QStringLiteral("plain text instead of JSON"));
        return fail(QStringLiteral("JSON that could not be parsed (%1 at offset %2)")
                        .arg(error.errorString())
                        .arg(error.offset));
    }
    if (doc.isArray())
        return fail(QStringLiteral("a JSON array instead of an object"));
    if (!doc.isObject())
        return fail(QStringLiteral("JSON that is not an object"));
    return doc.object();
}

ApiError clientError(const QString &code, ApiPhase phase, const ProviderReply &reply, const QString &message)
{
    ApiError error;
    error.provider = QStringLiteral("queuelens");
    error.phase = phase;
    error.httpStatus = reply.httpStatus;
    error.code = code;
    error.message = message;
    error.setRawBody(reply.body);
    ErrorCatalog::instance().classify(error);
    return error;
}

TaskUpdate httpError(const QString &provider, ApiPhase phase, const ProviderReply &reply)
{
    TaskUpdate update;
    update.error = EnvelopeParser::parseHttpError(provider, phase, reply.httpStatus, reply.body, reply.headers);
    update.excerpt = excerpt(reply);
    return update;
}

ApiError malformed(ApiPhase phase, const ProviderReply &reply, const QString &answerName, const QString &problem)
{
    return clientError(QStringLiteral("malformed_response"), phase, reply,
                       QStringLiteral("the %1 answer (HTTP %2) is not a JSON object: %3")
                           .arg(answerName)
                           .arg(reply.httpStatus)
                           .arg(problem));
}

QString answerName(ApiPhase phase)
{
    switch (phase) {
    case ApiPhase::Submit: return QStringLiteral("submit");
    case ApiPhase::Poll: return QStringLiteral("status");
    case ApiPhase::Result: return QStringLiteral("result");
    case ApiPhase::Cancel: return QStringLiteral("cancel");
    default: break;
    }
    return QStringLiteral("provider");
}

std::optional<QJsonArray> listedTasks(const QString &provider, const ProviderReply &reply, QLatin1StringView arrayKey,
                                      TaskListMatch *match)
{
    if (!isSuccess(reply)) {
        const TaskUpdate update = httpError(provider, ApiPhase::List, reply);
        match->error = update.error;
        match->excerpt = update.excerpt;
        return std::nullopt;
    }
    match->excerpt = excerpt(reply);
    QString problem;
    const std::optional<QJsonObject> object = jsonObject(reply.body, &problem);
    const QJsonValue tasks = object ? object->value(arrayKey) : QJsonValue();
    if (!object) {
        match->error = malformed(ApiPhase::List, reply, QStringLiteral("task list"), problem);
        return std::nullopt;
    }
    if (!tasks.isArray()) {
        match->error = unexpected(ApiPhase::List, reply,
                                  QStringLiteral("the task list answer has no %1 array").arg(QString(arrayKey)));
        return std::nullopt;
    }
    return tasks.toArray();
}

TaskListMatch matchListedTasks(const QString &provider, const ProviderReply &reply, QLatin1StringView arrayKey,
                               const Task &task, std::initializer_list<QLatin1StringView> idKeys)
{
    TaskListMatch match;
    const std::optional<QJsonArray> listed = listedTasks(provider, reply, arrayKey, &match);
    if (!listed)
        return match;
    QDateTime oldest;
    for (const QJsonValue &item : *listed) {
        const QJsonObject entry = item.toObject();
        QString id;
        for (QLatin1StringView key : idKeys) {
            if (id.isEmpty())
                id = text(entry.value(key));
        }
        // Inferred where a provider does not say: created_at as in its task object.
        const QJsonValue created = entry.value(QLatin1StringView("created_at"));
        // A number outside qint64 (1e300 from a broken list) must not be cast: that is undefined
        // behaviour (found by fuzz_adapter_vidu). 9e15 s is far beyond any real date anyway.
        const double createdSeconds = created.toDouble();
        const QDateTime createdAt = created.isDouble()
                                        ? (std::fabs(createdSeconds) < 9.0e15
                                               ? QDateTime::fromSecsSinceEpoch(qint64(createdSeconds), Qt::UTC)
                                               : QDateTime())
                                        : QDateTime::fromString(created.toString(), Qt::ISODateWithMs);
        if (createdAt.isValid() && (!oldest.isValid() || createdAt < oldest))
            oldest = createdAt;
        if (!id.isEmpty()
            && ProviderAdapter::listMatches(task, entry.value(QLatin1StringView("model")).toString(),
                                            entry.value(QLatin1StringView("prompt")).toString(), createdAt)
            && !match.remoteIds.contains(id))
            match.remoteIds.append(id);
    }
    match.coversWindow = ProviderAdapter::listCoversWindow(task, listed->size(), oldest);
    return match;
}

ApiError unexpected(ApiPhase phase, const ProviderReply &reply, const QString &message)
{
    return clientError(QStringLiteral("unexpected_response"), phase, reply, message);
}

QString redact(QString text)
{
    return Redactor::redact(text, {});
}

QString excerpt(const ProviderReply &reply, const QString &note)
{
    QString head = QStringLiteral("HTTP %1").arg(reply.httpStatus);
    if (!note.isEmpty())
        head = note + QStringLiteral(" (") + head + QLatin1Char(')');

    const QByteArray trimmed = reply.body.trimmed();
    QString summary;
    if (trimmed.isEmpty()) {
        summary = QStringLiteral("(empty body)");
    } else if (looksLikeHtml(trimmed.left(512).toLower())) {
        summary = QStringLiteral("(HTML page, %1 bytes)").arg(reply.body.size());
    } else {
        // Small JSON is compacted with the telling fields first; otherwise a raw prefix.
        summary = QString::fromUtf8(trimmed.left(ExcerptSourceBytes)).simplified();
        if (trimmed.size() <= ExcerptSourceBytes) {
            const QJsonDocument doc = QJsonDocument::fromJson(trimmed);
            if (doc.isObject())
                summary = compactObject(doc.object());
            else if (doc.isArray())
                summary = compactValue(doc.array());
        }
    }
    QString line = redact(head + QStringLiteral(": ") + summary);
    // Strip anything unprintable so the timeline stays one clean line.
    line.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    if (line.size() > ExcerptLimit)
        line = line.left(ExcerptLimit - 3) + QStringLiteral("...");
    return line;
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
    }
    return {};
}

int integer(const QJsonValue &value, int fallback)
{
    double d = 0;
    if (value.isDouble()) {
        d = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        d = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return fallback;
    } else {
        return fallback;
    }
    if (!std::isfinite(d) || std::fabs(d) > 2.0e9)
        return fallback;
    return static_cast<int>(std::lround(d));
}

int progress(const QJsonValue &value)
{
    QJsonValue number = value;
    if (value.isString()) {
        QString s = value.toString().trimmed();
        if (s.endsWith(QLatin1Char('%')))
            s.chop(1);
        number = QJsonValue(s);
    }
    const int p = integer(number, -1);
    if (p < 0)
        return -1;
    return p > 100 ? 100 : p;
}

void collectUrls(const QJsonValue &value, QStringList *urls)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            collectUrls(item, urls);
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const char *key : {"url", "uri", "video_url", "image_url", "file_url"}) {
            const QJsonValue v = object.value(QLatin1StringView(key));
            if (v.isString()) {
                collectUrls(v, urls);
                return;
            }
        }
        return;
    }
    if (!value.isString())
        return;
    const QString candidate = value.toString().trimmed();
    const QUrl url(candidate, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https"))
        && !url.host().isEmpty() && !urls->contains(candidate)) {
        urls->append(candidate);
    }
}

int retryAfterHint(const ProviderReply &reply)
{
    for (auto it = reply.headers.cbegin(); it != reply.headers.cend(); ++it) {
        if (it.key().compare("retry-after", Qt::CaseInsensitive) == 0) {
            const std::optional<int> seconds = RetryAfter::parse(it.value(), QDateTime::currentDateTimeUtc());
            return seconds ? *seconds : -1;
        }
    }
    return -1;
}

} // namespace AdapterKit
