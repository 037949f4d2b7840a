// libFuzzer target: TaskOutbox::load, the reader of team mode's local journal file (tasks and
// timeline events as JSON). The file survives crashes and is read at the next start, so a
// damaged or half-written one must never take QueueLens down.
// Input: the file's bytes.

#include "fuzzsupport.h"

#include "taskoutbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {
TaskOutbox *outbox = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::silenceQtMessages();
    // The outbox lives in the app-data folder: point it at a scratch folder before Qt reads it.
    static QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/queuelens-fuzz-outbox-XXXXXX"));
    qputenv("XDG_DATA_HOME", QFile::encodeName(scratch.path()));
    Fuzz::ensureCoreApplication(argc, argv);
    outbox = new TaskOutbox(QStringLiteral("postgres://fuzz@127.0.0.1/queuelens"));
    QDir().mkpath(QFileInfo(outbox->path()).absolutePath());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QFile file(outbox->path());
    Fuzz::check(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the scratch outbox file can be written");
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();

    QString error;
    const std::optional<TaskStore::Batch> batch = outbox->load(&error);
    Fuzz::check(batch.has_value() || !error.isEmpty(), "a refused file says why");
    return 0;
}
