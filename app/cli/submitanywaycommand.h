#pragma once

#include "taskcommand.h"

// queuelens-cli submit-anyway <task-id> [--wait] [--db file] [--lang code] [--json]
class SubmitAnywayCommand : public TaskCommand
{
    Q_DECLARE_TR_FUNCTIONS(SubmitAnywayCommand)

public:
    QString name() const override { return QStringLiteral("submit-anyway"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams streams) override;
};
