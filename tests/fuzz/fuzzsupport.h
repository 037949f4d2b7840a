#pragma once

// Shared pieces of the libFuzzer targets in this folder. Inputs are small HTTP-like texts so
// that seeds can be written (and read) by hand:
//
//     <first line>              e.g. "429" or "status 200" or "POST /vidu/ent/v2/tasks"
//     Name: value               zero or more header lines
//                               an empty line
//     <body>                    everything after it, byte for byte
//
// A missing empty line means "no body"; a missing header block is fine too. Nothing here may
// reject an input: every byte sequence must still reach the code under test.

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Fuzz {

struct HttpLike
{
    QByteArray firstLine;
    QList<QPair<QByteArray, QByteArray>> headers;   // as written, in order
    QByteArray body;

    // Header names lower-cased, the way ProviderReply and EnvelopeParser want them.
    QHash<QByteArray, QByteArray> lowerCaseHeaders() const
    {
        QHash<QByteArray, QByteArray> map;
        for (const auto &[name, value] : headers)
            map.insert(name.toLower(), value);
        return map;
    }
};

inline HttpLike splitHttpLike(const QByteArray &input)
{
    HttpLike message;
    qsizetype headEnd = input.indexOf("\n\n");
    const qsizetype crlfEnd = input.indexOf("\r\n\r\n");
    qsizetype bodyStart = -1;
    if (crlfEnd >= 0 && (headEnd < 0 || crlfEnd < headEnd)) {
        headEnd = crlfEnd;
        bodyStart = crlfEnd + 4;
    } else if (headEnd >= 0) {
        bodyStart = headEnd + 2;
    }
    const QByteArray head = headEnd >= 0 ? input.left(headEnd) : input;
    if (bodyStart >= 0)
        message.body = input.mid(bodyStart);

    const QByteArrayList lines = head.split('\n');
    message.firstLine = lines.value(0).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            message.headers.append({line.trimmed(), QByteArray()});
        else
            message.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return message;
}

// A status code out of any text: the digits it starts with, else 0. Values far outside
// 100..599 are kept on purpose: a broken gateway can send anything.
inline int statusFrom(const QByteArray &text)
{
    bool ok = false;
    const int status = text.trimmed().toInt(&ok);
    return ok ? status : 0;
}

// A fixed "now" keeps every run reproducible (Retry-After dates, list windows).
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 1), QTime(12, 0, 0), Qt::UTC);
}

// One QCoreApplication for the whole fuzzing process: some Qt classes (translations, event
// dispatcher, QObject timers) expect one. argc/argv must outlive it, hence the statics.
inline void ensureCoreApplication(int *argc, char ***argv)
{
    if (QCoreApplication::instance())
        return;
    static int storedArgc = 1;
    static char name[] = "queuelens-fuzz";
    static char *storedArgv[] = {name, nullptr};
    (void)argc;
    (void)argv;
    static QCoreApplication *app = new QCoreApplication(storedArgc, storedArgv);
    (void)app;
}

// Quiets Qt's warnings (qWarning on every odd input would drown libFuzzer's own output).
inline void silenceQtMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
}

// A property that must hold for every input; a failure is reported like a crash.
inline void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz check failed: %s\n", what);
        std::abort();
    }
}

} // namespace Fuzz
