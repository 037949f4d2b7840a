#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

// Exit statuses shared by every subcommand (documented in the README).
enum CliExit : int {
    ExitOk = 0,
    ExitOtherError = 1,   // also: "explain" found no catalog entry
    ExitUsage = 2,
    ExitTaskFailed = 3,
    ExitTaskUnknown = 4,
};

// Where a command writes; both streams are UTF-8.
struct CliStreams
{
    QTextStream &out;
    QTextStream &err;
};

// One "queuelens-cli <name>" subcommand. Each parses its own options, so its --help is precise.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // arguments[0] is "queuelens-cli <name>", as QCommandLineParser expects.
    virtual int run(const QStringList &arguments, CliStreams streams) = 0;

protected:
    static void printJson(QTextStream &out, const QJsonDocument &document);
    static int usageError(CliStreams streams, const QString &message, const QString &helpText);
};
