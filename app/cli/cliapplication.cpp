#include "cliapplication.h"

#include "cancelcommand.h"
#include "checkcommand.h"
#include "codescommand.h"
#include "explaincommand.h"
#include "languageloader.h"
#include "listcommand.h"
#include "retrycommand.h"
#include "statuscommand.h"
#include "submitanywaycommand.h"
#include "submitcommand.h"
#include "watchcommand.h"

#include <cstdio>

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<ExplainCommand>());
    m_commands.push_back(std::make_unique<CodesCommand>());
    m_commands.push_back(std::make_unique<SubmitCommand>());
    m_commands.push_back(std::make_unique<StatusCommand>());
    m_commands.push_back(std::make_unique<ListCommand>());
    m_commands.push_back(std::make_unique<WatchCommand>());
    m_commands.push_back(std::make_unique<CancelCommand>());
    m_commands.push_back(std::make_unique<RetryCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<SubmitAnywayCommand>());
}

CliApplication::~CliApplication() = default;

QString CliApplication::languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

QString CliApplication::helpText() const
{
    QString text = tr("Usage: queuelens-cli <command> [options]") + QLatin1Char('\n') + QLatin1Char('\n')
                   + tr("Commands:") + QLatin1Char('\n');
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -13).arg(command->summary());
    text += QLatin1Char('\n') + tr("Run “queuelens-cli <command> --help” for the options of a command.") + QLatin1Char('\n')
            + tr("Every command accepts --lang <code> (for example zh_CN or ru).") + QLatin1Char('\n');
    return text;
}

int CliApplication::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const CliStreams streams{out, err};

    const QString language = languageArgument(arguments);
    if (!language.isEmpty() && !LanguageLoader::isAvailable(language))
        err << tr("Language “%1” is not available; using English. Available: %2.")
                   .arg(language, LanguageLoader::availableLanguages().join(QLatin1String(", ")))
            << '\n';
    LanguageLoader::install(language);
    return dispatch(withoutLeadingLanguage(arguments), streams);
}

QStringList CliApplication::withoutLeadingLanguage(const QStringList &arguments)
{
    // "queuelens-cli --lang ru codes": the global option may come before the command name.
    QStringList rest = arguments;
    if (rest.size() >= 2 && rest.at(1).startsWith(QLatin1String("--lang="))) {
        rest.removeAt(1);
    } else if (rest.size() >= 3 && rest.at(1) == QLatin1String("--lang")) {
        rest.remove(1, 2);
    }
    return rest;
}

int CliApplication::dispatch(const QStringList &arguments, CliStreams streams)
{
    QTextStream &out = streams.out;
    QTextStream &err = streams.err;

    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help") || arguments.at(1) == QLatin1String("-h")
        || arguments.at(1) == QLatin1String("help")) {
        const bool asked = arguments.size() >= 2;
        (asked ? out : err) << helpText();
        return asked ? ExitOk : ExitUsage;
    }
    if (arguments.at(1) == QLatin1String("--version")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }

    const QString name = arguments.at(1);
    for (const auto &command : m_commands) {
        if (command->name() != name)
            continue;
        QStringList commandArguments = arguments.mid(2);
        commandArguments.prepend(arguments.first() + QLatin1Char(' ') + name);
        return command->run(commandArguments, streams);
    }
    err << tr("Error: unknown command “%1”.").arg(name) << '\n' << '\n' << helpText();
    return ExitUsage;
}
