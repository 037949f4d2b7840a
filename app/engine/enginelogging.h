#pragma once

#include <QLoggingCategory>

// "queuelens.http": one debug line per request (method, host, path, status, time; never keys
// or query strings). "queuelens.engine": scheduling decisions. "queuelens.store": database.
// Turn them on with QT_LOGGING_RULES="queuelens.http.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
