// libFuzzer target: the sandbox's request handling, from the decoded request the transport
// builds (SandboxHttpServer::handleRequest) through SandboxServer::dispatch: admin API, file
// routes, every provider protocol's route matching, auth, body parsing, scenario headers and
// prompt directives, and the fault layer. No socket is opened.
//
// Input: up to four requests separated by a line "---". Each is
//     <METHOD> <target>           e.g. "POST /vidu/ent/v2/text2video" or "GET /foxapi/v1/tasks/{id}"
//     Header: value
//
//     <body>
// "{id}" in a target is replaced by the id of the task created last, so one input can submit
// and then poll, list or cancel. The server is reset before every input.

#include "fuzzsupport.h"

#include "sandboxexchange.h"
#include "sandboxserver.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

using namespace QueueLensSandbox;

namespace {

// SandboxServer::dispatch is private: it is what the HTTP transport calls. Naming a private
// member in an explicit template instantiation is allowed ([temp.spec.general]), which gives the
// harness the member pointer without changing the app's header for a test's sake.
using DispatchPointer = SandboxReply (SandboxServer::*)(const SandboxRequest &);
DispatchPointer dispatchPointer = nullptr;

template <DispatchPointer Pointer>
struct DispatchAccess
{
    static inline const bool stored = (dispatchPointer = Pointer, true);
};
template struct DispatchAccess<&SandboxServer::dispatch>;

SandboxServer *server = nullptr;

QString lastTaskId()
{
    const QJsonArray tasks = server->tasksJson();
    return tasks.isEmpty() ? QString() : tasks.last().toObject().value(QLatin1StringView("id")).toString();
}

// What SandboxHttpServer::handleRequest copies out of Qt's request object.
SandboxRequest requestFrom(const QByteArray &text)
{
    const Fuzz::HttpLike message = Fuzz::splitHttpLike(text);
    SandboxRequest request;
    const qsizetype space = message.firstLine.indexOf(' ');
    request.method = space < 0 ? message.firstLine : message.firstLine.left(space);
    QString target = QString::fromUtf8(space < 0 ? QByteArray("/") : message.firstLine.mid(space + 1));
    target.replace(QLatin1String("{id}"), lastTaskId());
    const QUrl url(QStringLiteral("http://127.0.0.1") + target);
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url);
    request.headers = message.headers;
    request.body = message.body;
    return request;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::silenceQtMessages();
    // Result images draw text, which needs a QGuiApplication (the sandbox's main makes one too).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int storedArgc = 1;
    static char name[] = "fuzz_sandbox_request";
    static char *storedArgv[] = {name, nullptr};
    (void)argc;
    (void)argv;
    new QGuiApplication(storedArgc, storedArgv);
    server = new SandboxServer;   // never started: dispatch is called directly
    Fuzz::check(dispatchPointer != nullptr, "SandboxServer::dispatch was found");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    server->reset();
    server->clearSeed();

    QList<QByteArray> requests;
    qsizetype from = 0;
    while (requests.size() < 3) {
        const qsizetype separator = input.indexOf("\n---\n", from);
        if (separator < 0)
            break;
        requests.append(input.mid(from, separator - from));
        from = separator + 5;
    }
    requests.append(input.mid(from));

    for (const QByteArray &text : std::as_const(requests)) {
        SandboxReply reply = (server->*dispatchPointer)(requestFrom(text));
        Fuzz::check(reply.status >= 100 && reply.status <= 599, "the sandbox answers with a valid status code");
        (void)sandboxReasonPhrase(reply.status);
        // The transport tells the poll tracker when the answer is out; do the same at once.
        if (reply.onEnd)
            reply.onEnd->end();
        // Deferred replies (result files drawn on a worker thread) are not produced here:
        // drawing is not request handling and would dominate the run time.
    }
    return 0;
}
