#include "taskexporter.h"

#include "redactor.h"

#include "errorcatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue isoTimeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoTime(time)) : QJsonValue(QJsonValue::Null);
}

QString errorTitle(const Task &task)
{
    return task.lastError ? ErrorCatalog::instance().explain(*task.lastError).title : QString();
}

// Replaces the values of credential-looking names, at any depth.
QJsonValue redacted(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = TaskExporter::isSecretName(it.key()) ? QJsonValue(Redactor::mask())
                                                              : redacted(it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = redacted(array.at(i));
        return array;
    }
    return value;
}

bool writeFile(const QString &file, const QByteArray &data, QString *error)
{
    // QSaveFile: a failed export never leaves half a file behind.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        if (error) {
            *error = QCoreApplication::translate("TaskExporter", "Could not write “%1”: %2")
                         .arg(file, out.errorString());
        }
        return false;
    }
    return true;
}

} // namespace

QStringList TaskExporter::columns()
{
    return {QStringLiteral("id"),         QStringLiteral("provider"),    QStringLiteral("profile"),
            QStringLiteral("model"),      QStringLiteral("kind"),        QStringLiteral("state"),
            QStringLiteral("progress"),   QStringLiteral("attempts"),    QStringLiteral("remote_id"),
            QStringLiteral("created"),    QStringLiteral("finished"),    QStringLiteral("prompt"),
            QStringLiteral("result_urls"), QStringLiteral("error_code"), QStringLiteral("error_title")};
}

bool TaskExporter::isSecretName(const QString &name)
{
    return Redactor::isSecretName(name);
}

QString TaskExporter::csvField(const QString &value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                             || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
                             || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray TaskExporter::toCsv(const QList<Task> &tasks, CsvFlavor flavor)
{
    QString text;
    text.reserve(int(tasks.size()) * 200 + 200);
    const auto appendRow = [&text](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            text += csvField(fields.at(i));
        }
        text += QStringLiteral("\r\n");   // RFC 4180 record separator
    };
    appendRow(columns());
    for (const Task &task : tasks) {
        appendRow({QString::number(task.id),
                   task.provider,
                   task.profileId,
                   task.spec.model,
                   task.spec.kind,
                   TaskStates::id(task.state),
                   task.progress >= 0 ? QString::number(task.progress) : QString(),
                   QString::number(task.attempts),
                   task.remoteId,
                   isoTime(task.createdAt),
                   isoTime(task.finishedAt),
                   task.spec.prompt,
                   task.resultUrls.join(QLatin1Char(' ')),
                   task.lastError ? task.lastError->code : QString(),
                   errorTitle(task)});
    }
    QByteArray data = text.toUtf8();
    if (flavor == CsvFlavor::ExcelUtf8)
        data.prepend("\xEF\xBB\xBF");
    return data;
}

QJsonObject TaskExporter::taskToJson(const Task &task)
{
    QJsonObject object{
        {QStringLiteral("id"), task.id},
        {QStringLiteral("provider"), task.provider},
        {QStringLiteral("profile"), task.profileId},
        {QStringLiteral("model"), task.spec.model},
        {QStringLiteral("kind"), task.spec.kind},
        {QStringLiteral("prompt"), task.spec.prompt},
        {QStringLiteral("params"), redacted(task.spec.params)},
        {QStringLiteral("state"), TaskStates::id(task.state)},
        {QStringLiteral("progress"), task.progress >= 0 ? QJsonValue(task.progress) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("attempts"), task.attempts},
        {QStringLiteral("remote_id"), task.remoteId},
        {QStringLiteral("created"), isoTimeOrNull(task.createdAt)},
        {QStringLiteral("finished"), isoTimeOrNull(task.finishedAt)},
        {QStringLiteral("result_urls"), QJsonArray::fromStringList(task.resultUrls)},
    };
    if (task.lastError) {
        const ApiError &error = *task.lastError;
        // No raw body and no headers: they are the provider's words, not ours to redistribute,
        // and the place where a careless gateway might echo a credential.
        object.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), error.code},
                                  {QStringLiteral("title"), errorTitle(task)},
                                  {QStringLiteral("http_status"), error.httpStatus},
                                  {QStringLiteral("phase"), ApiError::phaseId(error.phase)},
                                  {QStringLiteral("category"), ErrorTaxonomy::categoryId(error.category)},
                                  {QStringLiteral("retry"), ErrorTaxonomy::retryClassId(error.retryClass)},
                                  {QStringLiteral("message"), error.message},
                                  {QStringLiteral("request_id"), error.requestId}});
    } else {
        object.insert(QStringLiteral("error"), QJsonValue(QJsonValue::Null));
    }
    return object;
}

QByteArray TaskExporter::toJson(const QList<Task> &tasks)
{
    QJsonArray array;
    for (const Task &task : tasks)
        array.append(taskToJson(task));
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("queuelens-tasks")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("exported"), isoTime(QDateTime::currentDateTimeUtc())},
                           {QStringLiteral("count"), int(tasks.size())},
                           {QStringLiteral("tasks"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool TaskExporter::exportCsv(const QList<Task> &tasks, const QString &file, QString *error, CsvFlavor flavor)
{
    return writeFile(file, toCsv(tasks, flavor), error);
}

bool TaskExporter::exportJson(const QList<Task> &tasks, const QString &file, QString *error)
{
    return writeFile(file, toJson(tasks), error);
}
