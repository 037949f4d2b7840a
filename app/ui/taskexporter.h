#pragma once

#include "task.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Writes the tasks the operator is looking at (the filtered view) to CSV or JSON for
// spreadsheets, tickets and scripts. Column names are stable, untranslated identifiers so that
// scripts keep working whatever the UI language. Nothing secret is written: API keys live in
// the keychain and never reach a Task, and parameter values whose names look like credentials
// are replaced by "[redacted]".
class TaskExporter
{
public:
    enum class CsvFlavor {
        ExcelUtf8,   // UTF-8 with a byte-order mark, so Excel does not guess a legacy code page
        PlainUtf8,   // UTF-8 without BOM, for scripts
    };

    static bool exportCsv(const QList<Task> &tasks, const QString &file, QString *error,
                          CsvFlavor flavor = CsvFlavor::ExcelUtf8);
    static bool exportJson(const QList<Task> &tasks, const QString &file, QString *error);

    // The pieces, for tests and the clipboard.
    static QStringList columns();
    static QByteArray toCsv(const QList<Task> &tasks, CsvFlavor flavor = CsvFlavor::PlainUtf8);
    static QByteArray toJson(const QList<Task> &tasks);
    static QJsonObject taskToJson(const Task &task);
    // RFC 4180: quoted when it holds a comma, quote, CR or LF (or leading/trailing spaces);
    // quotes doubled.
    static QString csvField(const QString &value);
    // Whether a parameter name looks like it carries a credential.
    static bool isSecretName(const QString &name);
};
