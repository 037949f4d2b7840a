#pragma once

#include "apierror.h"
#include "providerexchange.h"
#include "task.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>

class ProviderAdapter;

// Turns a provider's HTTP answer into a TaskUpdate: the adapter's parse, then redaction of the
// key and the Retry-After header. parse() runs where it is called; parseLater() runs it on a
// thread of its own, so that decoding hundreds of poll answers a second (JSON, excerpts,
// redaction) stays off the thread that owns the engine — the GUI thread in the app.
// Adapters are stateless, so one adapter may parse on both threads at once.
class ReplyParser : public QObject
{
    Q_OBJECT

public:
    explicit ReplyParser(QObject *parent = nullptr);
    ~ReplyParser() override;

    // Results sent inline (data: URLs) are written to inlineResultsFolder (InlineResults).
    static TaskUpdate parse(const ProviderAdapter &adapter, ApiPhase phase, const ProviderReply &reply,
                            const Task &task, const QString &key, const QString &inlineResultsFolder = {});

    // Parses on the parser's thread, then calls done(update) on context's thread; never once
    // context is gone. Answers are parsed, and handed back, in the order they were given.
    void parseLater(const ProviderAdapter *adapter, ApiPhase phase, ProviderReply reply, Task task, QString key,
                    QString inlineResultsFolder, QObject *context, std::function<void(TaskUpdate)> done);

private:
    QThread m_thread;
    QObject *m_worker = nullptr;   // lives on m_thread
};
