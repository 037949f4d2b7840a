#pragma once

#include <QString>
#include <QStringList>

namespace QueueLensSandbox {

// What a request is for, independent of the provider's own path layout. Admin rules can
// target a kind ("the next poll of vidu") instead of an exact path.
enum class RouteKind {
    Submit,
    Poll,     // status and result reads of one task
    Cancel,
    List,
    Other,    // documented error-only routes (SSE, /sync, platform restrictions), file proxies
};

// A matched provider route.
struct SandboxRoute
{
    int handler = -1;      // provider-specific handler number
    RouteKind kind = RouteKind::Other;
    QString pattern;       // "/foxapi/v1/tasks/{id}", used for counters and admin rules
    QStringList args;      // captured path parts, in pattern order

    bool isValid() const { return handler >= 0; }
    static QString kindId(RouteKind kind);
};

} // namespace QueueLensSandbox
