#pragma once

#include "taskcommand.h"

// queuelens-cli watch [task-id ...] [--provider id] [--db file] [--lang code] [--json]
class WatchCommand : public TaskCommand
{
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)

public:
    QString name() const override { return QStringLiteral("watch"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams streams) override;
};
