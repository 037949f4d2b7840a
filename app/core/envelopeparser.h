#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <optional>

// A terminal failure as a provider's task object reports it, before classification.
struct InTaskFailure
{
    QString code;        // the identifier the catalog is searched for
    QString type;
    QString message;
    QString requestId;
    bool codeInferred = false;   // code chosen by QueueLens from the task's state, not sent
};

// Turns any error response of the five providers into an ApiError: every envelope shape of
// protocols.md section 7.2, plus hostile bodies (HTML, empty, truncated, huge, non-UTF-8),
// which still give a well-formed error built from the HTTP status.
class EnvelopeParser
{
public:
    // Header names are compared case-insensitively.
    using Headers = QHash<QByteArray, QByteArray>;

    // An HTTP answer that is an error (usually status >= 400). The result is classified
    // through ErrorCatalog (category, retry class, documented).
    static ApiError parseHttpError(const QString &provider, ApiPhase phase, int httpStatus,
                                   const QByteArray &body, const Headers &headers = {},
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());

    // A 2xx task object that reports a terminal failure, read by the provider's adapter
    // (ProviderDirectory). For an unknown provider the registered readers are tried in turn.
    // Returns nullopt when the object carries no failure.
    static std::optional<ApiError> parseInTaskFailure(const QString &provider, const QJsonObject &task);
    // The failure as a classified ApiError (phase InTask, the task object as raw body).
    static ApiError inTaskError(const QString &provider, const InTaskFailure &failure, const QJsonObject &task);

    // A scalar as text: strings verbatim, numbers without a spurious ".0", booleans.
    static QString scalarText(const QJsonValue &value);
    // Any value as human text; objects and arrays (some gateways nest messages) as compact JSON.
    static QString anyText(const QJsonValue &value);

    // new-api appends " (request id: X)" to messages: returns the message without it and
    // stores X in requestId when present.
    static QString stripRequestIdSuffix(const QString &message, QString *requestId);
};
