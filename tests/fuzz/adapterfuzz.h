#pragma once

// One provider adapter's answer parsing: parseSubmit, parseStatus, parseResult, parseCancel and
// findInList, plus readInTaskFailure on the body. Each fuzz_adapter_<provider>.cpp defines
// QUEUELENS_FUZZ_PROVIDER and includes this file.
//
// Input: "<submit|status|result|cancel|list> <status>", header lines, empty line, body.
// Headers named x-fuzz-task-<field> do not go to the adapter; they set the task the answer is
// about (remote-id, model, prompt, kind, remote-data as JSON, submitted-at as ISO time), so the
// fuzzer can reach the "is this my task" branches of the list and status parsers.

#include "fuzzsupport.h"

#include "builtinproviders.h"
#include "provideradapter.h"
#include "provideradapterregistry.h"

#include <QJsonDocument>

#ifndef QUEUELENS_FUZZ_PROVIDER
#error "define QUEUELENS_FUZZ_PROVIDER before including adapterfuzz.h"
#endif

namespace {

const ProviderAdapter *fuzzedAdapter = nullptr;

Task taskFrom(const QHash<QByteArray, QByteArray> &fields)
{
    Task task;
    task.id = 1;
    task.provider = QStringLiteral(QUEUELENS_FUZZ_PROVIDER);
    task.profileId = QStringLiteral("fuzz");
    task.remoteId = QString::fromUtf8(fields.value("remote-id", "task-0001"));
    task.spec.model = QString::fromUtf8(fields.value("model", "m"));
    task.spec.prompt = QString::fromUtf8(fields.value("prompt", "a cat"));
    task.spec.kind = QString::fromUtf8(fields.value("kind", "image"));
    task.remoteData = QJsonDocument::fromJson(fields.value("remote-data")).object();
    task.state = TaskState::Running;
    task.createdAt = Fuzz::fixedNow();
    task.submittedAt = fields.contains("submitted-at")
                           ? QDateTime::fromString(QString::fromLatin1(fields.value("submitted-at")), Qt::ISODate)
                           : Fuzz::fixedNow();
    return task;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::silenceQtMessages();
    Fuzz::ensureCoreApplication(argc, argv);
    static ProviderAdapterRegistry registry;
    registerBuiltinProviders(registry);
    fuzzedAdapter = registry.adapter(QStringLiteral(QUEUELENS_FUZZ_PROVIDER));
    Fuzz::check(fuzzedAdapter != nullptr, "the provider is registered");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Fuzz::HttpLike message = Fuzz::splitHttpLike(input);
    const QByteArrayList words = message.firstLine.split(' ');
    const QByteArray operation = words.value(0).toLower();

    ProviderReply reply;
    reply.httpStatus = Fuzz::statusFrom(words.value(1));
    reply.body = message.body;
    QHash<QByteArray, QByteArray> taskFields;
    for (const auto &[name, value] : message.headers) {
        const QByteArray lower = name.toLower();
        if (lower.startsWith("x-fuzz-task-"))
            taskFields.insert(lower.mid(12), value);
        else
            reply.headers.insert(lower, value);
    }
    const Task task = taskFrom(taskFields);
    const ProviderAdapter &adapter = *fuzzedAdapter;

    TaskUpdate update;
    if (operation == "submit") {
        update = adapter.parseSubmit(reply);
        if (update.error)
            (void)adapter.submitMayHaveCreated(*update.error);
    } else if (operation == "result") {
        update = adapter.parseResult(reply, task);
    } else if (operation == "cancel") {
        update = adapter.parseCancel(reply, task);
    } else if (operation == "list") {
        const TaskListMatch match = adapter.findInList(reply, task);
        (void)match;
    } else {
        update = adapter.parseStatus(reply, task);
    }
    if (update.error) {
        Fuzz::check(update.error->rawBody.size() <= ApiError::RawBodyCap, "the raw body is capped");
    }

    // A 2xx task object's own failure fields, read directly as the engine does for stored tasks.
    const QJsonObject object = QJsonDocument::fromJson(message.body).object();
    if (!object.isEmpty())
        (void)adapter.inTaskFailure(object);
    return 0;
}
