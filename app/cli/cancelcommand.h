#pragma once

#include "taskcommand.h"

// queuelens-cli cancel <task-id> [--wait] [--db file] [--lang code] [--json]
class CancelCommand : public TaskCommand
{
    Q_DECLARE_TR_FUNCTIONS(CancelCommand)

public:
    QString name() const override { return QStringLiteral("cancel"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams streams) override;
};
