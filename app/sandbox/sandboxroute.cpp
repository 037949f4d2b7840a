#include "sandboxroute.h"

namespace QueueLensSandbox {

QString SandboxRoute::kindId(RouteKind kind)
{
    switch (kind) {
    case RouteKind::Submit: return QStringLiteral("submit");
    case RouteKind::Poll: return QStringLiteral("poll");
    case RouteKind::Cancel: return QStringLiteral("cancel");
    case RouteKind::List: return QStringLiteral("list");
    case RouteKind::Other: return QStringLiteral("other");
    }
    return {};
}

} // namespace QueueLensSandbox
