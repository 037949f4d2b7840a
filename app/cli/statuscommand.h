#pragma once

#include "taskcommand.h"

// queuelens-cli status <task-id> [--local] [--db file] [--lang code] [--json]
class StatusCommand : public TaskCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams streams) override;
};
