#pragma once

#include "taskcommand.h"

// queuelens-cli check <task-id> [--wait] [--db file] [--lang code] [--json]
class CheckCommand : public TaskCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams streams) override;
};
