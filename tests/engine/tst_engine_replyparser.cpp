// ReplyParser: answers parsed on its own thread give the same update as a parse in place, come
// back on the caller's thread in the order given, never reach a context that is gone, and
// never carry the API key.

#include "engine/inlineresults.h"
#include "engine/replyparser.h"
#include "llmapi/llmapiadapter.h"
#include "vidu/viduadapter.h"

#include <QMutex>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Key = QStringLiteral("vda_secret_key_0123456789");

// Vidu's adapter, noting the thread of each parse and optionally holding it at a gate.
class RecordingAdapter final : public ProviderAdapter
{
public:
    QString id() const override { return m_vidu.id(); }
    QString displayName() const override { return m_vidu.displayName(); }
    ProviderCapabilities capabilities() const override { return m_vidu.capabilities(); }
    QStringList suggestedModels() const override { return m_vidu.suggestedModels(); }
    QStringList kinds() const override { return m_vidu.kinds(); }
    ProviderRequest submitRequest(const ProviderEndpoint &endpoint, const TaskSpec &spec) const override
    {
        return m_vidu.submitRequest(endpoint, spec);
    }
    ProviderRequest statusRequest(const ProviderEndpoint &endpoint, const Task &task) const override
    {
        return m_vidu.statusRequest(endpoint, task);
    }
    TaskUpdate parseSubmit(const ProviderReply &reply) const override { return m_vidu.parseSubmit(reply); }
    TaskUpdate parseStatus(const ProviderReply &reply, const Task &task) const override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_threads.append(QThread::currentThread());
        }
        if (gated)
            gate.acquire();
        return m_vidu.parseStatus(reply, task);
    }
    TaskUpdate parseCancel(const ProviderReply &reply, const Task &task) const override
    {
        return m_vidu.parseCancel(reply, task);
    }

    QList<QThread *> threads() const
    {
        QMutexLocker lock(&m_mutex);
        return m_threads;
    }

    bool gated = false;
    mutable QSemaphore gate;

private:
    ViduAdapter m_vidu;
    mutable QMutex m_mutex;
    mutable QList<QThread *> m_threads;
};

ProviderReply statusReply(const QByteArray &state, int progress = 0)
{
    ProviderReply reply;
    reply.httpStatus = 200;
    reply.body = "{\"id\":\"887813021347001394\",\"state\":\"" + state + "\",\"progress\":" + QByteArray::number(progress)
                 + ",\"err_code\":\"\",\"creations\":[]}";
    return reply;
}

Task viduTask()
{
    Task task;
    task.id = 1;
    task.provider = QStringLiteral("vidu");
    task.remoteId = QStringLiteral("887813021347001394");
    task.state = TaskState::Queued;
    return task;
}

} // namespace

class TestEngineReplyParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesOffTheCallersThreadLikeInPlace();
    void answersComeBackInOrder();
    void goneContextHearsNothing();
    void keyNeverInTheUpdate();
    void inlineImagesBecomeFiles();
    void unreadableInlineResultIsKept();
};

void TestEngineReplyParser::parsesOffTheCallersThreadLikeInPlace()
{
    RecordingAdapter adapter;
    ReplyParser parser;
    QObject context;
    const ProviderReply reply = statusReply("processing", 42);
    std::optional<TaskUpdate> later;
    QThread *doneThread = nullptr;
    parser.parseLater(&adapter, ApiPhase::Poll, reply, viduTask(), Key, {}, &context, [&](TaskUpdate update) {
        doneThread = QThread::currentThread();
        later = update;
    });
    QVERIFY(!later);   // never from inside parseLater()
    QTRY_VERIFY(later.has_value());
    QCOMPARE(doneThread, QThread::currentThread());
    QCOMPARE(adapter.threads().size(), 1);
    QVERIFY(adapter.threads().first() != QThread::currentThread());

    const TaskUpdate inPlace = ReplyParser::parse(adapter, ApiPhase::Poll, reply, viduTask(), Key);
    QCOMPARE(adapter.threads().last(), QThread::currentThread());
    QVERIFY(inPlace.state.has_value());
    QCOMPARE(later->state, inPlace.state);
    QCOMPARE(later->progress, 42);
    QCOMPARE(later->progress, inPlace.progress);
    QCOMPARE(later->excerpt, inPlace.excerpt);
}

void TestEngineReplyParser::answersComeBackInOrder()
{
    RecordingAdapter adapter;
    ReplyParser parser;
    QObject context;
    QList<int> progress;
    for (int i = 0; i < 50; ++i) {
        parser.parseLater(&adapter, ApiPhase::Poll, statusReply("processing", i), viduTask(), Key, {}, &context,
                          [&progress](TaskUpdate update) { progress.append(update.progress); });
    }
    QTRY_COMPARE(progress.size(), 50);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(progress.at(i), i);
}

void TestEngineReplyParser::goneContextHearsNothing()
{
    RecordingAdapter adapter;
    adapter.gated = true;
    ReplyParser parser;
    auto *gone = new QObject;
    bool goneCalled = false;
    parser.parseLater(&adapter, ApiPhase::Poll, statusReply("processing"), viduTask(), Key, {}, gone,
                      [&goneCalled](TaskUpdate) { goneCalled = true; });
    QTRY_COMPARE(adapter.threads().size(), 1);   // being parsed, held at the gate
    delete gone;
    QObject alive;
    bool aliveCalled = false;
    parser.parseLater(&adapter, ApiPhase::Poll, statusReply("success"), viduTask(), Key, {}, &alive,
                      [&aliveCalled](TaskUpdate) { aliveCalled = true; });
    adapter.gate.release(2);
    // The answers come back in order, so the first one has been dropped by now.
    QTRY_VERIFY(aliveCalled);
    QVERIFY(!goneCalled);
}

void TestEngineReplyParser::keyNeverInTheUpdate()
{
    RecordingAdapter adapter;
    ProviderReply reply;
    reply.httpStatus = 401;
    reply.body = "{\"code\":\"Unauthorized\",\"message\":\"invalid token Token " + Key.toUtf8() + "\"}";
    const TaskUpdate update = ReplyParser::parse(adapter, ApiPhase::Poll, reply, viduTask(), Key);
    QVERIFY(update.error.has_value());
    QVERIFY2(!update.excerpt.contains(Key), qPrintable(update.excerpt));
    QVERIFY2(!update.error->message.contains(Key), qPrintable(update.error->message));
    QVERIFY(!update.excerpt.isEmpty());
}

void TestEngineReplyParser::inlineImagesBecomeFiles()
{
    // LLMAPI answers with base64 images unless asked for links: they end up as files.
    QTemporaryDir folder;
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
    ProviderReply reply;
    reply.httpStatus = 200;
    reply.body = "{\"status\":\"succeeded\",\"data\":[{\"b64_json\":\"" + png.toBase64()
                 + "\"},{\"url\":\"https://oss.example/1.png\"}]}";
    Task task;
    task.id = 42;
    task.provider = QStringLiteral("llmapi");
    task.remoteId = QStringLiteral("imgtask_1");
    const TaskUpdate update = ReplyParser::parse(LlmApiAdapter(), ApiPhase::Poll, reply, task, Key, folder.path());
    QCOMPARE(update.state, TaskState::Succeeded);
    QCOMPARE(update.resultUrls.size(), 2);
    const QUrl file(update.resultUrls.at(1));
    QVERIFY2(file.isLocalFile(), qPrintable(update.resultUrls.at(1)));
    QCOMPARE(QFileInfo(file.toLocalFile()).fileName(), QStringLiteral("task-42-1.png"));
    QFile written(file.toLocalFile());
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), png);
    QCOMPARE(update.resultUrls.at(0), QStringLiteral("https://oss.example/1.png"));
}

void TestEngineReplyParser::unreadableInlineResultIsKept()
{
    QTemporaryDir folder;
    const QStringList urls{QStringLiteral("data:image/png;base64,@@not base64@@"), QStringLiteral("https://a.example/x.png")};
    QString error;
    QCOMPARE(InlineResults::store(urls, 7, folder.path(), &error), urls);   // nothing lost, nothing written
    QVERIFY(QDir(folder.path()).entryList(QDir::Files).isEmpty());

    // A folder that cannot be made: the image stays inline and the reason is given.
    QFile blocker(folder.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QStringList good{QStringLiteral("data:image/png;base64,iVBORw0KGgo=")};
    QCOMPARE(InlineResults::store(good, 7, blocker.fileName() + QStringLiteral("/sub"), &error), good);
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestEngineReplyParser)
#include "tst_engine_replyparser.moc"
