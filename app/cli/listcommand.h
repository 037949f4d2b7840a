#pragma once

#include "taskcommand.h"

// queuelens-cli list [--state s[,s...]] [--provider id] [--db file] [--lang code] [--json]
class ListCommand : public TaskCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams streams) override;
};
