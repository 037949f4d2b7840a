// libFuzzer target: TaskOutbox::parse, the reader of team mode's local journal file (tasks and
// timeline events as JSON). The file survives crashes and is read at the next start, so a
// damaged or half-written one must never take QueueLens down. TaskOutbox::load reads the file
// and hands its bytes to parse; fuzzing parse directly skips a file write and read per input.
// Input: the file's bytes.

#include "fuzzsupport.h"

#include "taskoutbox.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::silenceQtMessages();
    Fuzz::ensureCoreApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<TaskStore::Batch> batch = TaskOutbox::parse(bytes, QStringLiteral("the journal"), &error);
    Fuzz::check(batch.has_value() || !error.isEmpty(), "a refused file says why");
    return 0;
}
