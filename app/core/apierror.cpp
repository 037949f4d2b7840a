#include "apierror.h"

#include <QJsonValue>

#include <array>

namespace {

struct PhaseInfo
{
    ApiPhase phase;
    const char *id;
};

constexpr std::array kPhases{
    PhaseInfo{ApiPhase::Submit, "submit"},
    PhaseInfo{ApiPhase::Poll, "poll"},
    PhaseInfo{ApiPhase::Result, "result"},
    PhaseInfo{ApiPhase::Cancel, "cancel"},
    PhaseInfo{ApiPhase::List, "list"},
    PhaseInfo{ApiPhase::InTask, "in_task"},
    PhaseInfo{ApiPhase::Transport, "transport"},
};

} // namespace

void ApiError::setRawBody(const QByteArray &body)
{
    rawBodyTruncated = body.size() > RawBodyCap;
    rawBody = rawBodyTruncated ? body.left(RawBodyCap) : body;
}

QString ApiError::phaseId(ApiPhase phase)
{
    for (const auto &info : kPhases) {
        if (info.phase == phase)
            return QString::fromLatin1(info.id);
    }
    return QStringLiteral("poll");
}

std::optional<ApiPhase> ApiError::phaseFromId(QStringView id)
{
    for (const auto &info : kPhases) {
        if (id == QLatin1String(info.id))
            return info.phase;
    }
    return std::nullopt;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject object{
        {QStringLiteral("phase"), phaseId(phase)},
        {QStringLiteral("http_status"), httpStatus},
        {QStringLiteral("provider"), provider},
        {QStringLiteral("code"), code},
        {QStringLiteral("type"), type},
        {QStringLiteral("message"), message},
        {QStringLiteral("request_id"), requestId},
        {QStringLiteral("category"), ErrorTaxonomy::categoryId(category)},
        {QStringLiteral("retry"), ErrorTaxonomy::retryClassId(retryClass)},
        {QStringLiteral("documented"), documented},
        {QStringLiteral("code_inferred"), codeInferred},
        {QStringLiteral("raw_body"), QString::fromUtf8(rawBody)},
        {QStringLiteral("raw_body_truncated"), rawBodyTruncated},
    };
    object.insert(QStringLiteral("retry_after"),
                  retryAfterSeconds ? QJsonValue(*retryAfterSeconds) : QJsonValue(QJsonValue::Null));
    return object;
}

ApiError ApiError::fromJson(const QJsonObject &object)
{
    ApiError error;
    error.phase = phaseFromId(object.value(QStringLiteral("phase")).toString()).value_or(ApiPhase::Poll);
    error.httpStatus = object.value(QStringLiteral("http_status")).toInt();
    error.provider = object.value(QStringLiteral("provider")).toString();
    error.code = object.value(QStringLiteral("code")).toString();
    error.type = object.value(QStringLiteral("type")).toString();
    error.message = object.value(QStringLiteral("message")).toString();
    error.requestId = object.value(QStringLiteral("request_id")).toString();
    error.category = ErrorTaxonomy::categoryFromId(object.value(QStringLiteral("category")).toString())
                         .value_or(ErrorCategory::Unknown);
    error.retryClass = ErrorTaxonomy::retryClassFromId(object.value(QStringLiteral("retry")).toString())
                           .value_or(RetryClass::CheckStateFirst);
    error.documented = object.value(QStringLiteral("documented")).toBool();
    error.codeInferred = object.value(QStringLiteral("code_inferred")).toBool();
    error.rawBody = object.value(QStringLiteral("raw_body")).toString().toUtf8();
    error.rawBodyTruncated = object.value(QStringLiteral("raw_body_truncated")).toBool();
    const QJsonValue retryAfter = object.value(QStringLiteral("retry_after"));
    if (retryAfter.isDouble())
        error.retryAfterSeconds = retryAfter.toInt();
    return error;
}
