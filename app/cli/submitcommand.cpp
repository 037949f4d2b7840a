#include "submitcommand.h"

#include "baseurlnormalizer.h"
#include "builtinproviders.h"
#include "clienginehost.h"
#include "providerdirectory.h"
#include "taskengine.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

QString SubmitCommand::summary() const
{
    return tr("Submit a generation task (and with --wait, follow it to the end).");
}

std::optional<QJsonObject> SubmitCommand::parseParams(const QStringList &pairs, QString *error)
{
    QJsonObject params;
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = equals > 0 ? pair.left(equals).trimmed() : QString();
        if (key.isEmpty()) {
            *error = tr("--param needs key=value, not “%1”").arg(pair);
            return std::nullopt;
        }
        const QString value = pair.mid(equals + 1);
        // Wrapping in an array lets QJsonDocument read bare scalars too.
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + value.toUtf8() + QByteArray("]"), &parseError);
        if (parseError.error == QJsonParseError::NoError && document.array().size() == 1)
            params.insert(key, document.array().first());
        else
            params.insert(key, value);
    }
    return params;
}

int SubmitCommand::run(const QStringList &arguments, CliStreams streams)
{
    const QStringList providers = CliEngineHost::providerIds();
    QCommandLineParser parser;
    addCommonOptions(parser);
    const QCommandLineOption providerOption(QStringLiteral("provider"), tr("Provider: %1.").arg(providers.join(QLatin1String(", "))),
                                            tr("id"));
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"),
                                           tr("The provider's API base URL, e.g. https://api.vidu.com or a sandbox URL."),
                                           tr("url"));
    const QCommandLineOption modelOption(QStringLiteral("model"), tr("Model, or for SeaArt the endpoint id."), tr("model"));
    const QCommandLineOption promptOption(QStringLiteral("prompt"), tr("The prompt."), tr("text"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        tr("What to generate: image, video, text2video, img2video, ... (default: the "
                                           "provider's first kind)."),
                                        tr("kind"));
    const QCommandLineOption paramOption(QStringLiteral("param"),
                                         tr("Extra request parameter; repeatable. JSON values (5, true, [..], {..}) are "
                                            "sent as JSON, anything else as text."),
                                         tr("key=value"));
    const QCommandLineOption keyEnvOption(QStringLiteral("key-env"),
                                          tr("Environment variable holding the API key (default: QUEUELENS_API_KEY). Only "
                                             "the variable's name is stored."),
                                          tr("VAR"));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           tr("The base URL is a QueueLens sandbox: no API key needed."));
    const QCommandLineOption pollOption(QStringLiteral("poll-interval"),
                                        tr("Milliseconds between status requests for this provider and base URL "
                                           "(stored in its profile)."),
                                        tr("ms"));
    const QCommandLineOption deadlineOption(QStringLiteral("deadline"),
                                            tr("Give up on a task after this many seconds (0: never; stored in the profile)."),
                                            tr("s"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           tr("Seconds to wait for the answer to the submit request itself; without an "
                                              "answer the task becomes unknown (exit 4) and is never sent twice."),
                                           tr("s"));
    const QCommandLineOption wait = waitOption(tr("Follow the task until it has finished and print the final state."));
    parser.addOptions({providerOption, baseUrlOption, modelOption, promptOption, kindOption, paramOption, keyEnvOption,
                       sandboxOption, pollOption, deadlineOption, timeoutOption, wait});
    if (const std::optional<int> early = parseArguments(parser, arguments, streams))
        return *early;
    if (!parser.positionalArguments().isEmpty())
        return usageError(streams, tr("unexpected argument “%1”").arg(parser.positionalArguments().first()), parser.helpText());

    for (const QCommandLineOption *required : {&providerOption, &baseUrlOption, &modelOption, &promptOption}) {
        if (!parser.isSet(*required))
            return usageError(streams, tr("--%1 is required").arg(required->names().first()), parser.helpText());
    }
    const QString provider = parser.value(providerOption);
    if (!providers.contains(provider))
        return usageError(streams, tr("unknown provider “%1”").arg(provider), parser.helpText());
    // Pasted forms ("https://host/v1", ".../ent/v2") become the root the adapter appends its path to.
    registerBuiltinProvidersOnce();
    const BaseUrlNormalizer::Result base =
        BaseUrlNormalizer::normalize(parser.value(baseUrlOption), ProviderDirectory::find(provider).get());
    if (!base.isValid())
        return usageError(streams, tr("--base-url “%1”: %2").arg(parser.value(baseUrlOption), base.error), parser.helpText());
    if (!base.note.isEmpty()) {
        streams.err << tr("Note: %1").arg(base.note) << '\n';
        streams.err.flush();
    }
    const QUrl baseUrl = base.url;

    QString problem;
    const std::optional<QJsonObject> params = parseParams(parser.values(paramOption), &problem);
    if (!params)
        return usageError(streams, problem, parser.helpText());

    auto positiveNumber = [&](const QCommandLineOption &option, double min, double max) -> std::optional<double> {
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < min || value > max)
            return std::nullopt;
        return value;
    };
    CliEngineHost::ProfileRequest profileRequest;
    profileRequest.provider = provider;
    profileRequest.baseUrl = baseUrl;
    profileRequest.keyEnvironmentVariable = parser.value(keyEnvOption);
    if (parser.isSet(sandboxOption))
        profileRequest.sandbox = true;
    if (parser.isSet(pollOption)) {
        const auto ms = positiveNumber(pollOption, 50, 3600 * 1000);
        if (!ms)
            return usageError(streams, tr("--poll-interval needs milliseconds between 50 and 3600000"), parser.helpText());
        profileRequest.pollIntervalMs = int(*ms);
    }
    if (parser.isSet(deadlineOption)) {
        const auto seconds = positiveNumber(deadlineOption, 0, 7 * 24 * 3600);
        if (!seconds)
            return usageError(streams, tr("--deadline needs seconds between 0 and 604800"), parser.helpText());
        profileRequest.deadlineSeconds = int(*seconds);
    }
    std::optional<int> submitTimeoutMs;
    if (parser.isSet(timeoutOption)) {
        const auto seconds = positiveNumber(timeoutOption, 0.1, 3600);
        if (!seconds)
            return usageError(streams, tr("--timeout needs seconds between 0.1 and 3600"), parser.helpText());
        submitTimeoutMs = int(std::lround(*seconds * 1000));
    }

    TaskSpec spec;
    spec.model = parser.value(modelOption).trimmed();
    spec.prompt = parser.value(promptOption);
    spec.params = *params;
    spec.kind = parser.value(kindOption).trimmed();
    // An invalid spec is a problem with the arguments: say so before anything is stored or sent.
    if (const QString invalid = CliEngineHost::prepareSpec(provider, spec); !invalid.isEmpty())
        return usageError(streams, invalid, parser.helpText());

    const bool json = parser.isSet(QStringLiteral("json"));
    std::unique_ptr<CliEngineHost> host = openHost(parser, streams);
    if (!host)
        return ExitOtherError;
    TaskEngine &engine = host->engine();
    if (submitTimeoutMs) {
        EngineSettings settings = engine.settings();
        settings.submitTimeoutMs = *submitTimeoutMs;
        engine.setSettings(settings);
    }
    host->start(false);
    const ProviderProfile profile = host->profileFor(profileRequest);
    if (const QString missing = host->keyProblem(profile); !missing.isEmpty()) {
        printError(streams, missing);
        return ExitOtherError;
    }
    if (!host->saveProfile(profile, &problem)) {
        printError(streams, problem);
        return ExitOtherError;
    }
    if (parser.isSet(wait))
        host->resumePolling();

    const qint64 id = engine.submit(profile.id, spec, &problem);
    if (id <= 0) {
        printError(streams, problem);
        return ExitOtherError;
    }

    auto current = [&] { return engine.task(id).value_or(Task{}); };
    // The submit answer always comes within the submit timeout (the engine turns silence into
    // Unknown); the margin only guards against a stalled engine.
    const int answerGuardMs = host->submitAnswerGuardMs();
    CliEngineHost::WaitResult result = host->waitUntil([&] { return current().state != TaskState::Submitting; },
                                                       answerGuardMs);
    if (result == CliEngineHost::WaitResult::Done && parser.isSet(wait)) {
        result = host->waitUntil([&] {
            const Task task = current();
            return task.isTerminal() || task.state == TaskState::Unknown;
        });
    }
    const Task task = current();
    printTask(streams, task, json);
    if (result == CliEngineHost::WaitResult::Interrupted) {
        printInterrupted(streams, task);
        return ExitInterrupted;
    }
    if (result == CliEngineHost::WaitResult::TimedOut) {
        printError(streams, tr("no answer to the submit of task %1 was recorded in time").arg(id));
        return ExitTaskUnknown;
    }
    return exitCodeForState(task.state);
}
