#pragma once

#include "clicommand.h"

#include <memory>
#include <vector>

// Dispatches "queuelens-cli <command> ..." to its subcommand after applying --lang.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    ~CliApplication();

    int run(const QStringList &arguments);

    // The value of --lang <code> / --lang=<code> anywhere on the command line, or empty.
    static QString languageArgument(const QStringList &arguments);

private:
    QString helpText() const;
    int dispatch(const QStringList &arguments, CliStreams streams);
    static QStringList withoutLeadingLanguage(const QStringList &arguments);

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
