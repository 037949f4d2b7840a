#pragma once

#include "taskcommand.h"

#include <QJsonObject>

// queuelens-cli submit --provider <id> --base-url <url> --model <m> --prompt <text> [--kind k]
//     [--param key=value ...] [--key-env VAR] [--sandbox] [--poll-interval ms] [--deadline s]
//     [--db file] [--wait] [--timeout s] [--lang code] [--json]
class SubmitCommand : public TaskCommand
{
    Q_DECLARE_TR_FUNCTIONS(SubmitCommand)

public:
    QString name() const override { return QStringLiteral("submit"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams streams) override;

    // "key=value" pairs into request parameters: a value that reads as JSON (number, true,
    // false, null, array, object, "quoted string") is sent as such, anything else as text.
    static std::optional<QJsonObject> parseParams(const QStringList &pairs, QString *error);
};
