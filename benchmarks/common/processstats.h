#pragma once

// What the benchmarks print about their own process: resident memory and CPU time.

#include <QByteArray>
#include <QFile>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <time.h>
#endif

namespace ProcessStats {

// Resident memory in KiB where the platform exposes it cheaply (Linux); -1 elsewhere.
inline long residentKiB()
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
#endif
    return -1;
}

// CPU time of this process (user + system), in milliseconds; -1 where unknown.
inline double processCpuMs()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
#else
    return -1;
#endif
}

// CPU time of the calling thread, in milliseconds; -1 where unknown.
inline double threadCpuMs()
{
#ifdef Q_OS_UNIX
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) != 0)
        return -1;
    return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
#else
    return -1;
#endif
}

} // namespace ProcessStats
