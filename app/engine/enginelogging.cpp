#include "enginelogging.h"

Q_LOGGING_CATEGORY(lcHttp, "queuelens.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEngine, "queuelens.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "queuelens.store", QtWarningMsg)
