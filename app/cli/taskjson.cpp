#include "taskjson.h"

#include "errorcatalog.h"
#include "terminaltext.h"

#include <QJsonArray>

namespace {

QJsonValue optionalNumber(int value)
{
    return value >= 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(TaskJson::timestamp(time)) : QJsonValue(QJsonValue::Null);
}

// "label:" padded to the same number of terminal cells so that the values of a summary line
// up, whatever the language (width counts the colon too).
QString labelled(const QString &label, const QString &value, int width)
{
    return QStringLiteral("  ") + TerminalText::padded(label, width) + QLatin1Char(' ') + value + QLatin1Char('\n');
}

} // namespace

QString TaskJson::timestamp(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue TaskJson::errorToJson(const std::optional<ApiError> &error)
{
    if (!error)
        return QJsonValue(QJsonValue::Null);
    // The catalog gives the translated texts; the provider's own words stay verbatim next to them.
    QJsonObject object = ErrorCatalog::instance().explain(*error).toJson();
    // The status this answer really had (null for in-task failures), not the catalog's usual one.
    object.insert(QStringLiteral("http_status"),
                  error->httpStatus > 0 ? QJsonValue(error->httpStatus) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("message"), error->message);
    object.insert(QStringLiteral("request_id"),
                  error->requestId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error->requestId));
    object.insert(QStringLiteral("phase"), ApiError::phaseId(error->phase));
    object.insert(QStringLiteral("type"), error->type.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error->type));
    object.insert(QStringLiteral("retry_after"),
                  error->retryAfterSeconds ? QJsonValue(*error->retryAfterSeconds) : QJsonValue(QJsonValue::Null));
    return object;
}

QJsonObject TaskJson::toJson(const Task &task)
{
    QJsonArray results;
    for (const QString &url : task.resultUrls)
        results.append(url);
    return QJsonObject{
        {QStringLiteral("id"), task.id},
        {QStringLiteral("profile"), task.profileId},
        {QStringLiteral("provider"), task.provider},
        {QStringLiteral("remote_id"), task.remoteId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(task.remoteId)},
        {QStringLiteral("state"), TaskStates::id(task.state)},
        {QStringLiteral("state_name"), TaskStates::displayName(task.state)},
        {QStringLiteral("progress"), optionalNumber(task.progress)},
        {QStringLiteral("queue_position"), optionalNumber(task.queuePosition)},
        {QStringLiteral("attempts"), task.attempts},
        {QStringLiteral("results"), results},
        {QStringLiteral("error"), errorToJson(task.lastError)},
        {QStringLiteral("model"), task.spec.model},
        {QStringLiteral("kind"), task.spec.kind},
        {QStringLiteral("prompt"), task.spec.prompt},
        {QStringLiteral("params"), task.spec.params},
        {QStringLiteral("created_at"), optionalTime(task.createdAt)},
        {QStringLiteral("submitted_at"), optionalTime(task.submittedAt)},
        {QStringLiteral("updated_at"), optionalTime(task.updatedAt)},
        {QStringLiteral("finished_at"), optionalTime(task.finishedAt)},
        {QStringLiteral("submitted_by"), task.submittedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(task.submittedBy)},
    };
}

QString TaskJson::toText(const Task &task)
{
    // "Model:" in English, "模型：" in Chinese: the colon is the language's own.
    const auto asLabel = [](const QString &name) { return tr("%1:", "a label before a value, e.g. Model: flux").arg(name); };
    const QString remoteLabel = asLabel(tr("Remote id"));
    const QString modelLabel = asLabel(tr("Model"));
    const QString stateLabel = asLabel(tr("State"));
    const QString progressLabel = asLabel(tr("Progress"));
    const QString queueLabel = asLabel(tr("Queue position"));
    const QString attemptsLabel = asLabel(tr("Attempts"));
    const QString createdLabel = asLabel(tr("Created"));
    const QString updatedLabel = asLabel(tr("Updated"));
    const QString resultsLabel = asLabel(tr("Results"));
    const QString errorLabel = asLabel(tr("Error"));
    const QString submitterLabel = asLabel(tr("Submitted by"));
    int width = 0;
    for (const QString *label : {&remoteLabel, &modelLabel, &stateLabel, &progressLabel, &queueLabel, &attemptsLabel,
                                 &createdLabel, &updatedLabel, &resultsLabel, &errorLabel, &submitterLabel})
        width = std::max(width, TerminalText::displayWidth(*label));

    QString text = tr("Task %1 · %2 · %3").arg(task.id).arg(task.provider, TaskStates::displayName(task.state))
                   + QLatin1Char('\n');
    text += labelled(remoteLabel, task.remoteId.isEmpty() ? tr("(none yet)") : task.remoteId, width);
    text += labelled(modelLabel, task.spec.kind.isEmpty() ? task.spec.model
                                                          : QStringLiteral("%1 (%2)").arg(task.spec.model, task.spec.kind),
                     width);
    text += labelled(stateLabel, QStringLiteral("%1 (%2)").arg(TaskStates::displayName(task.state), TaskStates::id(task.state)),
                     width);
    if (task.progress >= 0)
        text += labelled(progressLabel, QStringLiteral("%1%").arg(task.progress), width);
    if (task.queuePosition >= 0)
        text += labelled(queueLabel, QString::number(task.queuePosition), width);
    text += labelled(attemptsLabel, QString::number(task.attempts), width);
    if (task.createdAt.isValid())
        text += labelled(createdLabel, timestamp(task.createdAt), width);
    if (!task.submittedBy.isEmpty())
        text += labelled(submitterLabel, task.submittedBy, width);
    if (task.updatedAt.isValid())
        text += labelled(updatedLabel, timestamp(task.updatedAt), width);
    if (!task.resultUrls.isEmpty()) {
        text += labelled(resultsLabel, task.resultUrls.first(), width);
        for (qsizetype i = 1; i < task.resultUrls.size(); ++i)
            text += QString(width + 3, QLatin1Char(' ')) + task.resultUrls.at(i) + QLatin1Char('\n');
    }
    if (task.lastError) {
        const ApiError &error = *task.lastError;
        const ErrorExplanation explanation = ErrorCatalog::instance().explain(error);
        QString heading = explanation.provider + QStringLiteral(" · ") + explanation.code;
        if (error.httpStatus > 0)
            heading += QStringLiteral(" · HTTP ") + QString::number(error.httpStatus);
        heading += QStringLiteral(" · ") + ErrorTaxonomy::categoryName(explanation.category);
        text += labelled(errorLabel, heading, width);
        const QString indent = QString(width + 3, QLatin1Char(' '));
        // "What to do" shares the explain command's (already translated) wording.
        text += indent + explanation.title + QLatin1Char('\n');
        text += indent + explanation.explanation + QLatin1Char('\n');
        text += indent + QCoreApplication::translate("ExplainCommand", "What to do: %1").arg(explanation.fix) + QLatin1Char('\n');
        if (!error.message.isEmpty())
            text += indent + tr("Provider said: %1").arg(error.message) + QLatin1Char('\n');
        if (!error.requestId.isEmpty())
            text += indent + tr("Request id: %1").arg(error.requestId) + QLatin1Char('\n');
    }
    return text;
}

QString TaskJson::changeLine(const Task &task)
{
    QString line = QStringLiteral("%1  #%2  %3  %4")
                       .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss")))
                       .arg(task.id)
                       .arg(task.provider, TaskStates::displayName(task.state));
    if (task.progress >= 0 && !task.isTerminal())
        line += QStringLiteral("  %1%").arg(task.progress);
    if (task.queuePosition >= 0 && task.state == TaskState::Queued)
        line += QLatin1String("  ") + tr("queue position %1").arg(task.queuePosition);
    if (!task.remoteId.isEmpty())
        line += QLatin1String("  ") + task.remoteId;
    if (task.state == TaskState::Succeeded)
        line += QLatin1String("  ") + tr("%n result(s)", nullptr, int(task.resultUrls.size()));
    if (task.lastError && task.state != TaskState::Succeeded) {
        const ErrorExplanation explanation = ErrorCatalog::instance().explain(*task.lastError);
        line += QStringLiteral("  %1: %2").arg(explanation.code, explanation.title);
    }
    return line;
}
