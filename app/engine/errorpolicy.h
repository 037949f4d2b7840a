#pragma once

#include "apierror.h"

#include <QString>

// How the engine reads an ApiError: whether the request ever left, whether to try again, and
// whether a refused submit may still have created a task. Pure functions, no state.
class ProviderAdapter;

namespace ErrorPolicy {

// Transport failures that prove the request never left this machine.
bool neverSent(const ApiError &error);
// Transport failures that hint at the local network rather than one provider.
bool pointsAtNetwork(const ApiError &error);
bool isRateLimit(const ApiError &error);
// Worth repeating unchanged: transport, rate limit, server and upstream trouble.
bool isTransient(const ApiError &error);
// The key or the account is the problem (auth, permission, billing), not the task.
bool isAccountProblem(const ApiError &error);
// A refused submit may still have created a task when the answer is not a clear refusal:
// a 2xx the adapter could not read, a gateway that timed out waiting for the origin, or a code
// documented as "the upstream task may exist" (new-api read_response_body_failed, ...).
bool submitMayHaveCreated(const ApiError &error, const ProviderAdapter *adapter = nullptr);

// An error raised by QueueLens itself (provider "queuelens"), classified by the catalog.
ApiError clientError(const QString &code, ApiPhase phase, const QString &message);

} // namespace ErrorPolicy
