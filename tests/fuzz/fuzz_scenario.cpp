// libFuzzer target: the sandbox's scenario syntax (ScenarioParser) in every place it is read:
// a prompt directive, the X-Sandbox-Scenario header, a bare token list, a duration, and a JSON
// scenario file (SandboxServer::loadScenarioJson). Input: any text; each reader gets it whole.

#include "fuzzsupport.h"

#include "scenario.h"
#include "scenarioparser.h"
#include "sandboxserver.h"

using namespace QueueLensSandbox;

namespace {

SandboxServer *server = nullptr;

// toText() promises a canonical form that parses again to the same scenario.
void checkRoundTrip(const Scenario &scenario)
{
    const QString text = scenario.toText();
    QString problem;
    const std::optional<Scenario> again = ScenarioParser::parseTokens(text, &problem);
    Fuzz::check(again.has_value(), "Scenario::toText() parses again");
    Fuzz::check(again->toText() == text, "Scenario::toText() is canonical");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::silenceQtMessages();
    Fuzz::ensureCoreApplication(argc, argv);
    server = new SandboxServer;   // never started: only its scenario-file reader is used
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);

    const ScenarioParser::PromptResult prompt = ScenarioParser::fromPrompt(text);
    if (prompt.found && prompt.error.isEmpty())
        checkRoundTrip(prompt.scenario);

    QString problem;
    if (const auto header = ScenarioParser::fromHeader(bytes, &problem))
        checkRoundTrip(*header);
    if (const auto tokens = ScenarioParser::parseTokens(text, &problem))
        checkRoundTrip(*tokens);

    if (const auto range = ScenarioParser::parseDuration(text)) {
        Fuzz::check(range->minMs >= 0 && range->minMs <= range->maxMs, "a duration range is ordered and not negative");
        const auto again = ScenarioParser::parseDuration(range->toText());
        Fuzz::check(again && *again == *range, "DurationRange::toText() parses to the same range");
    }

    // A scenario file queues its rules; drop them so state never builds up between inputs.
    server->loadScenarioJson(bytes, &problem);
    server->clearQueuedOutcomes();
    server->clearSeed();
    return 0;
}
