#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What a timeline entry's cause id ("poll_error", "check_not_found", ...) means to the operator.
// The ids stay in the database, exports and the CLI's JSON; screens show displayName().
class EventCauses
{
    Q_DECLARE_TR_FUNCTIONS(EventCauses)

public:
    // Translated; an id QueueLens does not know (a newer version's) reads as "Other event".
    static QString displayName(QStringView id);
    static bool isKnown(QStringView id);
    static QStringList knownIds();
};
