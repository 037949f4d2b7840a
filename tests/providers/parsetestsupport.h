#pragma once

// Shared columns and checks for the data-driven parse tests of the provider adapters.
// A row is: an HTTP answer (status, body, headers) and what the adapter must make of it.

#include "errortaxonomy.h"
#include "providerexchange.h"
#include "task.h"
#include "taskstate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace ParseTest {

// Test JSON is written with single quotes to stay readable; none of it needs a real one.
inline QByteArray j(const char *text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

inline QJsonObject obj(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(j(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    return doc.object();
}

inline ProviderReply reply(int status, const QByteArray &body, QHash<QByteArray, QByteArray> headers = {})
{
    ProviderReply r;
    r.httpStatus = status;
    r.body = body;
    r.headers = headers;
    return r;
}

inline Task task(const QString &provider, const QString &remoteId, const QString &model = QStringLiteral("m"),
                 const QJsonObject &remoteData = {})
{
    Task t;
    t.id = 1;
    t.provider = provider;
    t.remoteId = remoteId;
    t.spec.model = model;
    t.spec.prompt = QStringLiteral("a cat");
    t.remoteData = remoteData;
    t.state = TaskState::Running;
    return t;
}

// "-" means "no state in the update".
inline QString stateId(const std::optional<TaskState> &state)
{
    return state ? TaskStates::id(*state) : QStringLiteral("-");
}

inline void addColumns()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("state");        // TaskStates id or "-"
    QTest::addColumn<QString>("errorCode");    // "" = no error expected
    QTest::addColumn<QString>("category");     // ErrorTaxonomy id; "" = not checked
    QTest::addColumn<bool>("notFound");
    QTest::addColumn<bool>("fetchResult");
    QTest::addColumn<int>("progress");
    QTest::addColumn<int>("queuePosition");
    QTest::addColumn<QStringList>("urls");
}

// A row with the common defaults; use the returned row to append the rest.
inline void row(const char *name, int status, const QByteArray &body, const char *state,
                const char *errorCode = "", const char *category = "", bool notFound = false,
                bool fetchResult = false, int progress = -1, int queuePosition = -1, const QStringList &urls = {})
{
    QTest::newRow(name) << status << body << QString::fromLatin1(state) << QString::fromLatin1(errorCode)
                        << QString::fromLatin1(category) << notFound << fetchResult << progress << queuePosition
                        << urls;
}

// Checks an update against the current row. Also checks the invariants every update keeps:
// a one-line excerpt of at most 300 characters, error codes of client errors from the catalog.
inline void check(const TaskUpdate &update)
{
    QFETCH(QString, state);
    QFETCH(QString, errorCode);
    QFETCH(QString, category);
    QFETCH(bool, notFound);
    QFETCH(bool, fetchResult);
    QFETCH(int, progress);
    QFETCH(int, queuePosition);
    QFETCH(QStringList, urls);

    QCOMPARE(stateId(update.state), state);
    if (errorCode.isEmpty()) {
        QVERIFY2(!update.error, qPrintable(update.error ? update.error->code + QLatin1String(": ") + update.error->message
                                                        : QString()));
    } else {
        QVERIFY2(update.error, "an error was expected");
        QCOMPARE(update.error->code, errorCode);
        if (!category.isEmpty())
            QCOMPARE(ErrorTaxonomy::categoryId(update.error->category), category);
        QVERIFY(!update.error->message.isEmpty() || update.error->provider != QLatin1String("queuelens"));
        if (errorCode == QLatin1String("malformed_response") || errorCode == QLatin1String("unexpected_response")) {
            QCOMPARE(update.error->provider, QStringLiteral("queuelens"));
            QVERIFY(update.error->documented);
        }
    }
    QCOMPARE(update.notFound, notFound);
    QCOMPARE(update.fetchResult, fetchResult);
    QCOMPARE(update.progress, progress);
    QCOMPARE(update.queuePosition, queuePosition);
    QCOMPARE(update.resultUrls, urls);

    QVERIFY(!update.excerpt.isEmpty());
    QVERIFY(update.excerpt.size() <= 300);
    QVERIFY(!update.excerpt.contains(QLatin1Char('\n')));
}

// Bodies no provider should send on a 2xx: every parse function must answer
// malformed_response (never crash, never invent a state).
inline void addMalformedRows(int status = 200)
{
    row("empty", status, QByteArray(), "-", "malformed_response", "server");
    row("whitespace", status, QByteArray(" \r\n\t "), "-", "malformed_response", "server");
    row("html", status, QByteArray("<!DOCTYPE html><html><body>502 Bad Gateway</body></html>"), "-",
        "malformed_response", "server");
    row("plain text", status, QByteArray("OK"), "-", "malformed_response", "server");
    row("truncated", status, QByteArray("{\"status\":\"IN_QUE"), "-", "malformed_response", "server");
    row("array", status, QByteArray("[1,2,3]"), "-", "malformed_response", "server");
    row("null", status, QByteArray("null"), "-", "malformed_response", "server");
    row("binary", status, QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11), "-", "malformed_response", "server");
}

} // namespace ParseTest
