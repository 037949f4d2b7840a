#pragma once

#include "taskcommand.h"

// queuelens-cli retry <task-id> [--wait] [--db file] [--lang code] [--json]
class RetryCommand : public TaskCommand
{
    Q_DECLARE_TR_FUNCTIONS(RetryCommand)

public:
    QString name() const override { return QStringLiteral("retry"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams streams) override;
};
