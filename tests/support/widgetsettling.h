#pragma once

#include <QCoreApplication>

// Delivers the layout requests and other events a widget tree has posted, as the application's
// event loop does before it paints, without waiting any length of time. Several rounds, because
// a child's new size posts a layout request to its parent.
inline void settleWidgets()
{
    for (int round = 0; round < 5; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}
