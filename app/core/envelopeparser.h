#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <optional>

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

    // A 2xx task object that reports a terminal failure (SeaArt error/error_type, FoxAPI and
    // new-api error.code, new-api fail_reason, Vidu err_code, LLMAPI error.type). Returns
    // nullopt when the object carries no failure.
    static std::optional<ApiError> parseInTaskFailure(const QString &provider, const QJsonObject &task);

    // new-api appends " (request id: X)" to messages: returns the message without it and
    // stores X in requestId when present.
    static QString stripRequestIdSuffix(const QString &message, QString *requestId);
};
