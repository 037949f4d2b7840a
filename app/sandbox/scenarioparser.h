#pragma once

#include "scenario.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace QueueLensSandbox {

// Reads the versioned scenario syntax (docs/sandbox.md, "Scenario syntax v1"):
//   in a prompt:            "a red fox [sandbox v1: queue=2s run=5s fail=CreditInsufficient]"
//   in X-Sandbox-Scenario:  "v1: queue=200ms run=300ms"   (also "sandbox v1: ..." or "[sandbox v1: ...]")
// Tokens are "key=value" or bare flags, separated by spaces, commas or semicolons.
// Provider-specific keys: shape=objects|urls|output (FoxAPI result shape);
// fail-shape=error|message|metadata|none (where new-api puts a failed video's reason: error
// {code,message}, error {code:"",message}, only metadata.url, or nowhere); no-url (new-api: a
// completed video has no result URL, only GET /v1/videos/{id}/content serves it).
// Unknown keys, bad values and unknown versions are errors, never silently ignored: a typo in
// a test scenario should fail loudly rather than quietly run the happy path.
class ScenarioParser
{
public:
    static constexpr int CurrentVersion = 1;

    struct PromptResult
    {
        bool found = false;        // the prompt held a directive
        Scenario scenario;
        QString error;             // non-empty when the directive was invalid
        QString cleanPrompt;       // the prompt with every directive removed
    };

    static PromptResult fromPrompt(const QString &prompt);

    // nullopt with *error set when the header is invalid; an empty header gives an empty scenario.
    static std::optional<Scenario> fromHeader(const QByteArray &value, QString *error);

    // The token list alone ("queue=2s run=5s"), version already checked.
    static std::optional<Scenario> parseTokens(QStringView tokens, QString *error);

    // "250ms", "2s", "1.5s", "1m", "3" (seconds); ranges "1s..4s".
    static std::optional<DurationRange> parseDuration(QStringView text);
};

} // namespace QueueLensSandbox
