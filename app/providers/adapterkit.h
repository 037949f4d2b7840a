#pragma once

#include "apierror.h"
#include "provideradapter.h"
#include "providerexchange.h"
#include "task.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <initializer_list>
#include <optional>

// Small helpers shared by the provider adapters. Everything here is a pure function: the
// adapters hold no state, and the provider-specific knowledge stays in each adapter's file.
namespace AdapterKit {

// --- requests ------------------------------------------------------------------------------

// The headers every call sends: Authorization "<scheme> <key>" (left out when there is no
// key, since "Bearer " alone is malformed), Accept, and Content-Type when a body follows.
QList<QPair<QByteArray, QByteArray>> headers(QByteArrayView scheme, const QString &apiKey, bool withJsonBody);

// base + "/" + segments, each segment percent-encoded on its own, so an id with "/", "?" or
// ".." from a provider can never change which route is called. The base path prefix is kept
// ("http://host/vidu" + {"ent","v2"} -> "http://host/vidu/ent/v2").
QUrl endpointUrl(const QUrl &base, std::initializer_list<QString> segments);

// The same, but a segment may itself contain "/"-separated parts (fal-style "owner/app").
QUrl endpointUrlWithPath(const QUrl &base, const QString &path);

ProviderRequest request(ApiPhase phase, QByteArrayView method, const QUrl &url, QByteArrayView scheme,
                        const QString &apiKey, const QByteArray &body = {});

// {...params, model, prompt}: the spec's own model and prompt win over same-named params.
QJsonObject modelPromptBody(const TaskSpec &spec);

// A URL the provider handed us for later calls (SeaArt's status_url, ...), accepted only when
// it points at the configured host: the API key must never travel to a host the operator did
// not configure. Relative URLs are resolved against the base. Invalid -> empty QUrl.
QUrl trustedUrl(const QUrl &base, const QString &candidate);

// --- replies -------------------------------------------------------------------------------

bool isSuccess(const ProviderReply &reply);   // 2xx

// The body as a JSON object; nullopt (with a short English reason) for anything else:
// empty, whitespace, HTML, plain text, a JSON array or scalar, broken JSON.
std::optional<QJsonObject> jsonObject(const QByteArray &body, QString *problem = nullptr);

// A client-side error ("queuelens" provider) classified through the error catalog.
// code is a catalog id: malformed_response, unexpected_response, cancel_unsupported, ...
ApiError clientError(const QString &code, ApiPhase phase, const ProviderReply &reply, const QString &message);

// An error answer as an update: error from EnvelopeParser::parseHttpError (catalog-classified,
// Retry-After included) plus the excerpt. No state: the engine decides what an error means.
TaskUpdate httpError(const QString &provider, ApiPhase phase, const ProviderReply &reply);

// The error for a 2xx answer whose body is not a JSON object.
ApiError malformed(ApiPhase phase, const ProviderReply &reply, const QString &answerName, const QString &problem);

// "submit", "status", "result" or "cancel": names the answer in error messages.
QString answerName(ApiPhase phase);

// The array of tasks a task-list answer carries under arrayKey ("data", "tasks"). Otherwise
// nullopt, with match->error (and excerpt) saying why: an error answer, broken JSON, no array.
std::optional<QJsonArray> listedTasks(const QString &provider, const ProviderReply &reply, QLatin1StringView arrayKey,
                                      TaskListMatch *match);

// A task-list answer matched against the lost task: reads the listed tasks' id (the first of
// idKeys that is set), model, prompt and created_at (Unix seconds or ISO 8601), keeps those
// ProviderAdapter::listMatches() accepts and says whether the page covers the submit's window.
TaskListMatch matchListedTasks(const QString &provider, const ProviderReply &reply, QLatin1StringView arrayKey,
                               const Task &task, std::initializer_list<QLatin1StringView> idKeys);

// The error for a JSON object that lacks what the protocol promises.
ApiError unexpected(ApiPhase phase, const ProviderReply &reply, const QString &message);

// One redacted line for the timeline, at most ExcerptLimit characters:
// "HTTP 200: {"status":"IN_QUEUE",...}", optionally led by a note ("already completed; ...").
constexpr qsizetype ExcerptLimit = 300;
QString excerpt(const ProviderReply &reply, const QString &note = {});
// Redactor::redact without known keys: the app's one rule for secrets.
QString redact(QString text);

// --- JSON field readers (never throw, never assert) ------------------------------------------

QString text(const QJsonValue &value);          // string, or an integral number as text
int integer(const QJsonValue &value, int fallback = -1);   // number or numeric string
// 0..100 from 42, 42.5, "42", "42%"; -1 when absent or unreadable.
int progress(const QJsonValue &value);

// Appends the URL(s) found in value: a string, an object with url/uri/video_url/image_url,
// or an array of either. Only http(s) URLs count; duplicates are skipped.
void collectUrls(const QJsonValue &value, QStringList *urls);

// Integer seconds from a Retry-After header on a 2xx answer (a polling hint), or -1.
int retryAfterHint(const ProviderReply &reply);

} // namespace AdapterKit
