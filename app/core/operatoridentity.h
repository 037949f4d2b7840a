#pragma once

#include <QString>

// Who is at the keyboard, as recorded on every task a process submits, so that a team sharing
// one history sees who submitted what: the name chosen in Preferences (or --operator, or
// QUEUELENS_OPERATOR), else the OS account and the machine, "user@host".
class OperatorIdentity
{
public:
    static QString systemDefault();
    // chosen when it has text, else QUEUELENS_OPERATOR, else systemDefault(). At most 80 characters.
    static QString resolve(const QString &chosen = {});
};
