#pragma once

#include <QtGlobal>

// Deadlines for things a test waits on (child processes, whole drills) grow with
// QUEUELENS_TEST_TIME_SCALE, which the sanitized suite sets: instrumented executables start and
// run several times slower. A deadline is a safety net, never a measurement.
inline int scaledTimeoutMs(int timeoutMs)
{
    bool ok = false;
    const int scale = qEnvironmentVariableIntValue("QUEUELENS_TEST_TIME_SCALE", &ok);
    return ok && scale > 1 ? timeoutMs * scale : timeoutMs;
}
