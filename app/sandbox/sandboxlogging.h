#pragma once

#include <QLoggingCategory>

namespace QueueLensSandbox {

// "queuelens.sandbox": one debug line per request (method, path, status, latency).
// Debug is off by default so a load test does not pay for formatting; turn it on with
// QT_LOGGING_RULES="queuelens.sandbox.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

} // namespace QueueLensSandbox
