// libFuzzer target: the task importer's text, CSV and JSON reading (TaskImportDialog::parseCsv,
// idsFromCsv, idsFromJson and checkLines, the static parts that loadFile() and the paste box use).
// Input: the file's bytes, decoded as UTF-8 the way loadFile() does.

#include "fuzzsupport.h"

#include "taskimportdialog.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::silenceQtMessages();
    Fuzz::ensureCoreApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);

    // As loadFile() does for a .csv file or a first line with a comma.
    const QString ids = TaskImportDialog::idsFromCsv(text);
    const QList<QStringList> records = TaskImportDialog::parseCsv(text);
    Fuzz::check(records.size() <= text.size() + 1, "no more records than characters");

    // As loadFile() does for a .json file or text starting with [ or {.
    QString jsonError;
    const std::optional<QString> jsonIds = TaskImportDialog::idsFromJson(text, &jsonError);
    Fuzz::check(jsonIds.has_value() || !jsonError.isEmpty(), "a refused JSON file says why");

    // Some ids "already tracked", so the duplicate branches are reached too.
    const QHash<QString, qint64> tracked{{QStringLiteral("task-0001"), 7}, {QStringLiteral("abc"), 8}};
    for (const QString &pasted : {text, ids, jsonIds.value_or(QString())}) {
        const QList<TaskImportDialog::Line> lines = TaskImportDialog::checkLines(pasted, tracked);
        int previous = 0;
        for (const TaskImportDialog::Line &line : lines) {
            Fuzz::check(line.number > previous, "lines are reported in order with 1-based numbers");
            Fuzz::check(!line.remoteId.isEmpty(), "an empty line is never an id");
            previous = line.number;
        }
    }
    return 0;
}
