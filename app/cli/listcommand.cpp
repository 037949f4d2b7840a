#include "listcommand.h"

#include "clienginehost.h"
#include "taskjson.h"
#include "taskstore.h"
#include "terminaltext.h"

#include <QJsonArray>

#include <algorithm>

QString ListCommand::summary() const
{
    return tr("List the tasks in the database (no provider is contacted).");
}

int ListCommand::run(const QStringList &arguments, CliStreams streams)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    QStringList stateIds;
    for (TaskState state : TaskStates::all())
        stateIds << TaskStates::id(state);
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         tr("Only tasks in these states (comma-separated): %1.").arg(stateIds.join(QLatin1String(", "))),
                                         tr("state"));
    const QCommandLineOption providerOption(QStringLiteral("provider"), tr("Only tasks of this provider."), tr("id"));
    parser.addOptions({stateOption, providerOption});
    if (const std::optional<int> early = parseArguments(parser, arguments, streams))
        return *early;
    if (!parser.positionalArguments().isEmpty())
        return usageError(streams, tr("unexpected argument “%1”").arg(parser.positionalArguments().first()), parser.helpText());

    QList<TaskState> states;
    for (const QString &value : parser.values(stateOption)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<TaskState> state = TaskStates::fromId(part.trimmed());
            if (!state)
                return usageError(streams, tr("unknown state “%1”").arg(part.trimmed()), parser.helpText());
            states.append(*state);
        }
    }
    const QString provider = parser.value(providerOption);
    if (parser.isSet(providerOption) && !CliEngineHost::providerIds().contains(provider))
        return usageError(streams, tr("unknown provider “%1”").arg(provider), parser.helpText());

    // Read the store directly: starting an engine here would also settle other processes'
    // half-finished submits, which a read-only listing must never do.
    TaskStore store;
    QString problem;
    if (!CliEngineHost::openStore(store, parser.value(QStringLiteral("db")), &problem)) {
        printError(streams, problem);
        return ExitOtherError;
    }
    // The filter is answered by the database (state index), not by reading the whole history.
    const QList<Task> tasks = store.findTasks(states, provider);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Task &task : std::as_const(tasks))
            array.append(TaskJson::toJson(task));
        printJson(streams.out, QJsonDocument(array));
        return ExitOk;
    }
    if (tasks.isEmpty()) {
        streams.err << tr("No tasks.") << '\n';
        return ExitOk;
    }
    const QStringList headers{tr("ID"), tr("PROVIDER"), tr("STATE"), tr("PROGRESS"), tr("ATTEMPTS"), tr("REMOTE ID"),
                              tr("CREATED"), tr("MODEL")};
    QList<QStringList> rows;
    for (const Task &task : std::as_const(tasks)) {
        rows.append({QString::number(task.id), task.provider, TaskStates::displayName(task.state),
                     task.progress >= 0 ? QStringLiteral("%1%").arg(task.progress) : QStringLiteral("-"),
                     QString::number(task.attempts), task.remoteId.isEmpty() ? QStringLiteral("-") : task.remoteId,
                     task.createdAt.isValid() ? task.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                              : QStringLiteral("-"),
                     task.spec.model});
    }
    QList<int> widths;
    for (qsizetype column = 0; column < headers.size(); ++column) {
        // Terminal cells, not characters: a Chinese state name takes two cells a character.
        int width = TerminalText::displayWidth(headers.at(column));
        for (const QStringList &row : std::as_const(rows))
            width = std::max(width, TerminalText::displayWidth(row.at(column)));
        widths.append(width);
    }
    auto printRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column)
            line += column + 1 < row.size() ? TerminalText::padded(row.at(column), widths.at(column) + 2) : row.at(column);
        streams.out << line << '\n';
    };
    printRow(headers);
    for (const QStringList &row : std::as_const(rows))
        printRow(row);
    streams.out.flush();
    return ExitOk;
}
