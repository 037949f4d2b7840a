// TaskExporter: RFC 4180 CSV (quotes, commas, line breaks in prompts), a JSON export that reads
// back to the same values, and no credential in either file.

#include "taskexporter.h"
#include "taskimportdialog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kSecret = QStringLiteral("sk-live-7f3c9a1e5b2d4c6e8f0a");

Task makeTask(qint64 id, const QString &prompt)
{
    Task task;
    task.id = id;
    task.profileId = QStringLiteral("vidu-prod");
    task.provider = QStringLiteral("vidu");
    task.spec.model = QStringLiteral("viduq1");
    task.spec.kind = QStringLiteral("text2video");
    task.spec.prompt = prompt;
    task.spec.params = QJsonObject{{QStringLiteral("duration"), 5}, {QStringLiteral("aspect_ratio"), QStringLiteral("16:9")}};
    task.remoteId = QStringLiteral("task-%1").arg(id);
    task.state = TaskState::Succeeded;
    task.progress = 100;
    task.attempts = 2;
    task.resultUrls = {QStringLiteral("https://cdn.example.com/%1/a.mp4").arg(id),
                       QStringLiteral("https://cdn.example.com/%1/b.mp4").arg(id)};
    task.createdAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0, 0), Qt::UTC);
    task.submittedAt = task.createdAt;
    task.finishedAt = QDateTime(QDate(2026, 3, 1), QTime(10, 2, 30), Qt::UTC);
    return task;
}

Task failedTask(qint64 id)
{
    Task task = makeTask(id, QStringLiteral("plain prompt"));
    task.state = TaskState::Failed;
    task.progress = -1;
    task.resultUrls.clear();
    ApiError error;
    error.provider = QStringLiteral("vidu");
    error.code = QStringLiteral("CreditInsufficient");
    error.httpStatus = 400;
    error.phase = ApiPhase::Submit;
    error.message = QStringLiteral("credit insufficient");
    // A careless gateway echoing the Authorization header: must never reach an export.
    error.setRawBody(QByteArray("{\"echo\":\"Authorization: Token ") + kSecret.toUtf8() + "\"}");
    task.lastError = error;
    return task;
}

QByteArray readAll(const QString &file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

} // namespace

class TestTaskExporter : public QObject
{
    Q_OBJECT

private slots:
    void csvFieldQuoting();
    void csvQuotesPromptsWithCommasQuotesAndNewlines();
    void csvHasBomForExcelByDefault();
    void jsonRoundTrip();
    void importReadsIdsFromJson();
    void noKeyLeaks();
    void secretNames();
    void writeFailureIsReported();
};

void TestTaskExporter::csvFieldQuoting()
{
    QCOMPARE(TaskExporter::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(TaskExporter::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(TaskExporter::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(TaskExporter::csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    QCOMPARE(TaskExporter::csvField(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
    QCOMPARE(TaskExporter::csvField(QStringLiteral(" padded ")), QStringLiteral("\" padded \""));
    QCOMPARE(TaskExporter::csvField(QString()), QString());
}

void TestTaskExporter::csvQuotesPromptsWithCommasQuotesAndNewlines()
{
    const QString tricky = QStringLiteral("a \"cinematic\" shot, wide angle\nsecond line, with \"more\" quotes");
    const QList<Task> tasks{makeTask(1, tricky), makeTask(2, QStringLiteral("simple")), failedTask(3)};
    const QByteArray csv = TaskExporter::toCsv(tasks, TaskExporter::CsvFlavor::PlainUtf8);

    // The exact encoding of the tricky field.
    QVERIFY(csv.contains("\"a \"\"cinematic\"\" shot, wide angle\nsecond line, with \"\"more\"\" quotes\""));
    // Records end with CRLF; the line break inside the prompt stays a bare LF.
    QVERIFY(csv.startsWith("id,provider,profile,model,kind,state,progress,attempts,remote_id,created,finished,"
                           "prompt,result_urls,error_code,error_title\r\n"));

    // Read back with an independent RFC 4180 reader: same number of records and fields.
    const QList<QStringList> records = TaskImportDialog::parseCsv(QString::fromUtf8(csv));
    QCOMPARE(records.size(), 4);
    const QStringList header = records.first();
    QCOMPARE(header, TaskExporter::columns());
    for (const QStringList &record : records)
        QCOMPARE(record.size(), header.size());
    const int prompt = int(header.indexOf(QStringLiteral("prompt")));
    QCOMPARE(records.at(1).at(prompt), tricky);
    QCOMPARE(records.at(1).at(header.indexOf(QStringLiteral("state"))), QStringLiteral("succeeded"));
    QCOMPARE(records.at(1).at(header.indexOf(QStringLiteral("result_urls"))),
             QStringLiteral("https://cdn.example.com/1/a.mp4 https://cdn.example.com/1/b.mp4"));
    QCOMPARE(records.at(1).at(header.indexOf(QStringLiteral("created"))), QStringLiteral("2026-03-01T10:00:00Z"));
    QCOMPARE(records.at(3).at(header.indexOf(QStringLiteral("error_code"))), QStringLiteral("CreditInsufficient"));
    QVERIFY(!records.at(3).at(header.indexOf(QStringLiteral("error_title"))).isEmpty());
    QCOMPARE(records.at(3).at(header.indexOf(QStringLiteral("progress"))), QString());   // unknown, not -1

    // The import dialog finds the remote ids in our own export.
    QCOMPARE(TaskImportDialog::idsFromCsv(QString::fromUtf8(csv)), QStringLiteral("task-1\ntask-2\ntask-3"));
}

void TestTaskExporter::csvHasBomForExcelByDefault()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("tasks.csv"));
    QString error;
    QVERIFY2(TaskExporter::exportCsv({makeTask(1, QStringLiteral("Füchse im Schnee, 雪の中の狐"))}, file, &error),
             qPrintable(error));
    const QByteArray data = readAll(file);
    QVERIFY(data.startsWith("\xEF\xBB\xBF" "id,"));
    QVERIFY(QString::fromUtf8(data).contains(QStringLiteral("\"Füchse im Schnee, 雪の中の狐\"")));

    QVERIFY(TaskExporter::exportCsv({makeTask(1, QStringLiteral("x"))}, file, &error, TaskExporter::CsvFlavor::PlainUtf8));
    QVERIFY(readAll(file).startsWith("id,"));
}

void TestTaskExporter::importReadsIdsFromJson()
{
    // Our own export: the remote ids, in order; the local "id" numbers are not remote ids.
    const QList<Task> tasks{makeTask(7, QStringLiteral("one")), makeTask(8, QStringLiteral("two")), failedTask(9)};
    QString error;
    std::optional<QString> ids = TaskImportDialog::idsFromJson(QString::fromUtf8(TaskExporter::toJson(tasks)), &error);
    QVERIFY2(ids, qPrintable(error));
    QStringList expected;
    for (const Task &task : tasks)
        expected << task.remoteId;
    QCOMPARE(*ids, expected.join(QLatin1Char('\n')));

    // Other tools' shapes: a bare array of objects (request_id / task_id) or of id strings.
    ids = TaskImportDialog::idsFromJson(
        QStringLiteral(R"([{"request_id":"r-1"},{"task_id":" t-2 "},{"id":42},{"remote_id":""},"s-3"])"), &error);
    QVERIFY2(ids, qPrintable(error));
    QCOMPARE(*ids, QStringLiteral("r-1\nt-2\ns-3"));
    ids = TaskImportDialog::idsFromJson(QStringLiteral("[]"), &error);
    QVERIFY(ids && ids->isEmpty());

    // What is not a task list is explained.
    error.clear();
    QVERIFY(!TaskImportDialog::idsFromJson(QStringLiteral(R"({"tasks": [1, 2)"), &error));
    QVERIFY2(error.contains(QLatin1String("not valid JSON")), qPrintable(error));
    error.clear();
    QVERIFY(!TaskImportDialog::idsFromJson(QStringLiteral(R"({"items": []})"), &error));
    QVERIFY2(error.contains(QLatin1String("\"tasks\"")), qPrintable(error));

    // loadFile() picks the JSON reader for a .json file, and names the file when it is damaged.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = dir.filePath(QStringLiteral("export.json"));
    QVERIFY2(TaskExporter::exportJson(tasks, good, &error), qPrintable(error));
    TaskImportDialog dialog(nullptr, nullptr);
    QVERIFY2(dialog.loadFile(good, &error), qPrintable(error));
    auto *box = dialog.findChild<QPlainTextEdit *>(QStringLiteral("importIdsEdit"));
    QVERIFY(box);
    QCOMPARE(box->toPlainText(), expected.join(QLatin1Char('\n')));
    const QString bad = dir.filePath(QStringLiteral("broken.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"tasks\": [");
    file.close();
    error.clear();
    QVERIFY(!dialog.loadFile(bad, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(bad)) && error.contains(QLatin1String("not valid JSON")), qPrintable(error));
}

void TestTaskExporter::jsonRoundTrip()
{
    const QString tricky = QStringLiteral("quotes \" and \\ backslashes,\nnew lines and ünïcödé");
    const QList<Task> tasks{makeTask(7, tricky), failedTask(8)};
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("tasks.json"));
    QString error;
    QVERIFY2(TaskExporter::exportJson(tasks, file, &error), qPrintable(error));

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(readAll(file), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root.value(QStringLiteral("count")).toInt(), 2);
    const QJsonArray array = root.value(QStringLiteral("tasks")).toArray();
    QCOMPARE(array.size(), 2);

    for (int i = 0; i < tasks.size(); ++i) {
        const Task &task = tasks.at(i);
        const QJsonObject o = array.at(i).toObject();
        QCOMPARE(o.value(QStringLiteral("id")).toInteger(), task.id);
        QCOMPARE(o.value(QStringLiteral("provider")).toString(), task.provider);
        QCOMPARE(o.value(QStringLiteral("profile")).toString(), task.profileId);
        QCOMPARE(o.value(QStringLiteral("model")).toString(), task.spec.model);
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), task.spec.kind);
        QCOMPARE(o.value(QStringLiteral("prompt")).toString(), task.spec.prompt);
        QCOMPARE(o.value(QStringLiteral("params")).toObject(), task.spec.params);
        QCOMPARE(TaskStates::fromId(o.value(QStringLiteral("state")).toString()), std::optional(task.state));
        QCOMPARE(o.value(QStringLiteral("attempts")).toInt(), task.attempts);
        QCOMPARE(o.value(QStringLiteral("remote_id")).toString(), task.remoteId);
        QCOMPARE(QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate), task.createdAt);
        QCOMPARE(QDateTime::fromString(o.value(QStringLiteral("finished")).toString(), Qt::ISODate), task.finishedAt);
        QStringList urls;
        for (const QJsonValue &url : o.value(QStringLiteral("result_urls")).toArray())
            urls.append(url.toString());
        QCOMPARE(urls, task.resultUrls);
        if (task.progress >= 0)
            QCOMPARE(o.value(QStringLiteral("progress")).toInt(), task.progress);
        else
            QVERIFY(o.value(QStringLiteral("progress")).isNull());
        if (task.lastError) {
            const QJsonObject e = o.value(QStringLiteral("error")).toObject();
            QCOMPARE(e.value(QStringLiteral("code")).toString(), task.lastError->code);
            QCOMPARE(e.value(QStringLiteral("http_status")).toInt(), task.lastError->httpStatus);
            QCOMPARE(e.value(QStringLiteral("message")).toString(), task.lastError->message);
            QVERIFY(!e.value(QStringLiteral("title")).toString().isEmpty());
        } else {
            QVERIFY(o.value(QStringLiteral("error")).isNull());
        }
    }
}

void TestTaskExporter::noKeyLeaks()
{
    Task task = failedTask(9);
    task.spec.params.insert(QStringLiteral("api_key"), kSecret);
    task.spec.params.insert(QStringLiteral("Authorization"), QStringLiteral("Bearer ") + kSecret);
    task.spec.params.insert(QStringLiteral("callback"), QJsonObject{{QStringLiteral("token"), kSecret},
                                                                     {QStringLiteral("url"), QStringLiteral("https://hook")}});
    task.spec.params.insert(QStringLiteral("max_tokens"), 512);   // not a secret: kept
    QTemporaryDir dir;
    const QString csvFile = dir.filePath(QStringLiteral("t.csv"));
    const QString jsonFile = dir.filePath(QStringLiteral("t.json"));
    QString error;
    QVERIFY(TaskExporter::exportCsv({task}, csvFile, &error));
    QVERIFY(TaskExporter::exportJson({task}, jsonFile, &error));
    for (const QString &file : {csvFile, jsonFile}) {
        const QByteArray data = readAll(file);
        QVERIFY(!data.isEmpty());
        QVERIFY2(!data.contains(kSecret.toUtf8()), qPrintable(file));
    }
    const QJsonObject params = QJsonDocument::fromJson(readAll(jsonFile))
                                   .object()
                                   .value(QStringLiteral("tasks"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("params"))
                                   .toObject();
    QCOMPARE(params.value(QStringLiteral("api_key")).toString(), QStringLiteral("[redacted]"));
    QCOMPARE(params.value(QStringLiteral("max_tokens")).toInt(), 512);
    QCOMPARE(params.value(QStringLiteral("callback")).toObject().value(QStringLiteral("url")).toString(),
             QStringLiteral("https://hook"));
}

void TestTaskExporter::secretNames()
{
    for (const char *name : {"api_key", "apiKey", "X-API-KEY", "access_token", "token", "client_secret", "password",
                             "Authorization", "key"})
        QVERIFY2(TaskExporter::isSecretName(QLatin1String(name)), name);
    for (const char *name : {"max_tokens", "keyframe", "duration", "prompt", "seed", "monkey"})
        QVERIFY2(!TaskExporter::isSecretName(QLatin1String(name)), name);
}

void TestTaskExporter::writeFailureIsReported()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("missing-folder/tasks.csv"));
    QString error;
    QVERIFY(!TaskExporter::exportCsv({makeTask(1, QStringLiteral("x"))}, file, &error));
    QVERIFY(error.contains(QStringLiteral("tasks.csv")));
    QVERIFY(!QFile::exists(file));
}

QTEST_MAIN(TestTaskExporter)
#include "tst_taskexporter.moc"
