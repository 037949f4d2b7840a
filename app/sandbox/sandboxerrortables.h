#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <span>

namespace QueueLensSandbox {

// Where a provider reports a code.
enum class CodeUse {
    Request,   // only as the answer to a request (submit, poll, cancel)
    InTask,    // only as the failure of an accepted task
    Both,
};

// One error code a provider sends, with the HTTP status the sandbox answers it with.
struct SandboxErrorCode
{
    const char *code;
    int status;          // HTTP status of a request rejected with this code
    bool inferred;       // true: no source names the status; the table entry says why
    CodeUse use;
    bool upstream = false;   // new-api: reported with type "upstream_error"

    bool isInTask() const { return use != CodeUse::Request; }
    bool isRequest() const { return use != CodeUse::InTask; }
};

// The sandbox's own knowledge of each provider's error codes, written from the providers'
// error pages (/work/shared/seeds) and protocols.md. Deliberately independent of the app's
// ErrorCatalog: the sandbox imitates the real services, so a mistake in the app's catalog must
// show up as a disagreement in the tests instead of being copied into the imitation.
class SandboxErrorTables
{
public:
    static std::span<const SandboxErrorCode> of(QStringView provider);
    static const SandboxErrorCode *find(QStringView provider, QStringView code);
    static QStringList inTaskCodes(QStringView provider);
    static QStringList requestCodes(QStringView provider);
};

} // namespace QueueLensSandbox
