#pragma once

#include "clicommand.h"

struct ErrorExplanation;

// queuelens-cli explain <identifier> [--provider <id>] [--status <http>] [--message <text>] [--json]
class ExplainCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExplainCommand)

public:
    QString name() const override { return QStringLiteral("explain"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams streams) override;

private:
    static void printText(QTextStream &out, const ErrorExplanation &explanation);
};
