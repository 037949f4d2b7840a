#pragma once

#include <QtGlobal>

// Deadlines for things a test waits on (child processes, whole drills) grow with
// QUEUELENS_TEST_TIME_SCALE, which the sanitized suite sets: instrumented executables start and
// run several times slower. A deadline is a safety net, never a measurement.
inline int testTimeScale()
{
    bool ok = false;
    const int scale = qEnvironmentVariableIntValue("QUEUELENS_TEST_TIME_SCALE", &ok);
    return ok && scale > 1 ? scale : 1;
}

inline int scaledTimeoutMs(int timeoutMs)
{
    return timeoutMs * testTimeScale();
}

// The size of a drill of many processes, shrunk by the same scale (never below `minimum`): the
// sanitized run looks for memory errors, which a third of the processes finds as well, while the
// full-size drill runs in the plain suite.
inline int scaledDrillSize(int count, int minimum)
{
    const int scaled = count / testTimeScale();
    return scaled < minimum ? minimum : scaled;
}
