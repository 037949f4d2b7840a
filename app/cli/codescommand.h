#pragma once

#include "clicommand.h"

// queuelens-cli codes [--provider <id>] [--json]: the whole catalog.
class CodesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CodesCommand)

public:
    QString name() const override { return QStringLiteral("codes"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams streams) override;
};
