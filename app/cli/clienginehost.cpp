#include "clienginehost.h"

#include "builtinproviders.h"
#include "cliinterrupt.h"
#include "clock.h"
#include "httpclient.h"
#include "provideradapter.h"
#include "provideradapterregistry.h"
#include "resultsfolder.h"
#include "secretstore.h"
#include "taskengine.h"
#include "taskstore.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace {

const QString DefaultKeyVariable = QStringLiteral("QUEUELENS_API_KEY");

} // namespace

int exitCodeForState(TaskState state)
{
    switch (state) {
    case TaskState::Failed:
    case TaskState::TimedOut:
    case TaskState::Cancelled:
    case TaskState::Rejected:
    case TaskState::Lost:
        return ExitTaskFailed;
    case TaskState::Unknown:
        return ExitTaskUnknown;
    default:
        return ExitOk;
    }
}

CliEngineHost::CliEngineHost(CliStreams streams, QObject *parent)
    : QObject(parent)
    , m_streams(streams)
    , m_interrupt(new CliInterrupt(this))
{
}

CliEngineHost::~CliEngineHost()
{
    // The engine goes first so that nothing it owns outlives the store it writes to; requests
    // still in flight are dropped (their outcome is re-read from the provider next time).
    m_engine.reset();
    if (m_http)
        m_http->abortAll();
}

QStringList CliEngineHost::providerIds()
{
    ProviderAdapterRegistry registry;
    registerBuiltinProviders(registry);
    return registry.providerIds();
}

QString CliEngineHost::prepareSpec(const QString &providerId, TaskSpec &spec)
{
    ProviderAdapterRegistry registry;
    registerBuiltinProviders(registry);
    const ProviderAdapter *adapter = registry.adapter(providerId);
    if (!adapter)
        return tr("unknown provider “%1”").arg(providerId);
    if (spec.kind.isEmpty() && !adapter->kinds().isEmpty())
        spec.kind = adapter->kinds().first();
    return adapter->validate(spec);
}

QUrl CliEngineHost::normalisedBaseUrl(const QUrl &baseUrl)
{
    // "http://h/vidu/" and "http://h/vidu" are the same account: one profile for both.
    QUrl url = baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments | QUrl::RemoveFragment);
    url.setHost(url.host().toLower());
    url.setScheme(url.scheme().toLower());
    return url;
}

QString CliEngineHost::profileIdFor(const QString &provider, const QUrl &baseUrl)
{
    const QByteArray digest = QCryptographicHash::hash(normalisedBaseUrl(baseUrl).toString(QUrl::FullyEncoded).toUtf8(),
                                                       QCryptographicHash::Sha1);
    return QStringLiteral("cli-%1-%2").arg(provider, QString::fromLatin1(digest.toHex().left(8)));
}

QString CliEngineHost::defaultDatabasePath()
{
    const QString own = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("QueueLens"));
    const QString path = TaskStore::defaultPath();
    QCoreApplication::setApplicationName(own);
    return path;
}

bool CliEngineHost::openStore(TaskStore &store, const QString &databasePath, QString *error)
{
    const QString path = databasePath.isEmpty() ? defaultDatabasePath() : databasePath;
    if (store.open(path, error))
        return true;
    QThread::msleep(300);
    return store.open(path, error);
}

bool CliEngineHost::open(const QString &databasePath, QString *error)
{
    m_store = std::make_unique<TaskStore>();
    if (!openStore(*m_store, databasePath, error))
        return false;
    m_http = std::make_unique<HttpClient>();
    m_adapters = std::make_unique<ProviderAdapterRegistry>();
    registerBuiltinProviders(*m_adapters);
    // No keychain: a headless command must not pop up a keychain prompt or hang on a locked
    // wallet. Keys come from the profile's environment variable (or any key for sandboxes).
    m_secrets = std::make_unique<SecretStore>(nullptr);
    m_clock = std::make_unique<SystemClock>();
    m_engine = std::make_unique<TaskEngine>(m_store.get(), m_http.get(), m_adapters.get(), m_secrets.get(),
                                            m_clock.get());
    connect(m_engine.get(), &TaskEngine::tasksChanged, this, &CliEngineHost::tasksChanged);
    connect(m_engine.get(), &TaskEngine::notice, this, [this](const QString &message) {
        m_streams.err << tr("Note: %1").arg(message) << '\n';
        m_streams.err.flush();
    });
    return true;
}

QString CliEngineHost::databasePath() const
{
    return m_store ? m_store->displayLocation() : QString();
}

void CliEngineHost::setOperatorName(const QString &name)
{
    EngineSettings settings = m_engine->settings();
    settings.operatorName = name;
    m_engine->setSettings(settings);
}

void CliEngineHost::start(bool polling, Adoption adoption)
{
    EngineSettings settings = m_engine->settings();
    settings.adoptOrphans = adoption == Adoption::AllOrphans;
    settings.inlineResultsFolder = ResultsFolder::configured();
    m_engine->setSettings(settings);
    m_engine->setPollingPaused(!polling);
    m_engine->start();
}

void CliEngineHost::resumePolling()
{
    // Polling is engine-wide: other live tasks in the database are kept up to date too. Say
    // which of them cannot be, rather than let them collect "missing key" errors silently.
    QSet<QString> warned;
    for (const Task &task : m_engine->tasks()) {
        if (!TaskStates::needsPolling(task.state) || warned.contains(task.profileId))
            continue;
        const std::optional<ProviderProfile> owner = profile(task.profileId);
        if (!owner)
            continue;
        if (const QString problem = keyProblem(*owner); !problem.isEmpty()) {
            warned.insert(task.profileId);
            m_streams.err << tr("Warning: %1").arg(problem) << '\n';
        }
    }
    m_streams.err.flush();
    m_engine->setPollingPaused(false);
}

const ProviderAdapter *CliEngineHost::adapter(const QString &providerId) const
{
    return m_adapters ? m_adapters->adapter(providerId) : nullptr;
}

std::optional<ProviderProfile> CliEngineHost::profile(const QString &profileId) const
{
    for (const ProviderProfile &profile : m_engine->profiles()) {
        if (profile.id == profileId)
            return profile;
    }
    return std::nullopt;
}

ProviderProfile CliEngineHost::profileFor(const ProfileRequest &request) const
{
    const QUrl baseUrl = normalisedBaseUrl(request.baseUrl);
    const QString id = profileIdFor(request.provider, baseUrl);
    ProviderProfile wanted;
    if (const std::optional<ProviderProfile> existing = profile(id)) {
        wanted = *existing;
    } else {
        wanted.id = id;
        wanted.provider = request.provider;
        wanted.baseUrl = baseUrl;
        //: The name of a profile the CLI creates: %1 is the provider id (vidu), %2 the server's host name.
        wanted.name = tr("%1 at %2 (command line)").arg(request.provider, baseUrl.host());
        wanted.keyEnvironmentVariable = DefaultKeyVariable;
    }
    if (!request.keyEnvironmentVariable.isEmpty())
        wanted.keyEnvironmentVariable = request.keyEnvironmentVariable;
    if (request.sandbox)
        wanted.sandbox = *request.sandbox;
    if (request.pollIntervalMs)
        wanted.pollIntervalMs = *request.pollIntervalMs;
    if (request.deadlineSeconds)
        wanted.deadlineSeconds = *request.deadlineSeconds;
    return wanted;
}

bool CliEngineHost::saveProfile(const ProviderProfile &profile, QString *error)
{
    if (const std::optional<ProviderProfile> existing = this->profile(profile.id); existing && *existing == profile)
        return true;
    return m_engine->saveProfile(profile, error);
}

QString CliEngineHost::keyProblem(const ProviderProfile &profile) const
{
    if (profile.sandbox || (m_secrets && m_secrets->hasKey(profile)))
        return {};
    if (profile.keyEnvironmentVariable.isEmpty())
        return tr("The profile “%1” names no environment variable for its API key; submit again with --key-env <VAR>.")
            .arg(profile.id);
    return tr("The API key for “%1” is read from the environment variable %2, which is not set or empty. "
              "Set it, or name another variable with --key-env.")
        .arg(profile.id, profile.keyEnvironmentVariable);
}

int CliEngineHost::submitAnswerGuardMs() const
{
    const EngineSettings settings = m_engine->settings();
    const qint64 tries = qint64(std::max(0, settings.submitRateLimitRetries)) + 1;
    const qint64 ms = tries * settings.submitTimeoutMs + (tries - 1) * settings.maxBackoffMs + 30000;
    return int(std::min<qint64>(ms, std::numeric_limits<int>::max()));
}

bool CliEngineHost::interrupted() const
{
    return m_interrupt->wasInterrupted();
}

CliEngineHost::WaitResult CliEngineHost::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (interrupted())
        return WaitResult::Interrupted;
    if (done())
        return WaitResult::Done;

    QEventLoop loop;
    WaitResult result = WaitResult::Done;
    auto check = [&] {
        if (loop.isRunning() && done())
            loop.quit();
    };
    // Engine signals make the common case immediate; the ticker covers changes that emit
    // nothing (an answer that only moved the next poll) without busy-waiting.
    const QMetaObject::Connection changed = connect(m_engine.get(), &TaskEngine::tasksChanged, &loop, check);
    const QMetaObject::Connection activity = connect(m_engine.get(), &TaskEngine::activityChanged, &loop, check);
    connect(m_interrupt, &CliInterrupt::interrupted, &loop, [&] {
        result = WaitResult::Interrupted;
        loop.quit();
    });
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, &loop, check);
    ticker.start(100);
    QTimer deadline;
    deadline.setSingleShot(true);
    if (timeoutMs >= 0) {
        connect(&deadline, &QTimer::timeout, &loop, [&] {
            result = WaitResult::TimedOut;
            loop.quit();
        });
        deadline.start(timeoutMs);
    }
    loop.exec();
    disconnect(changed);
    disconnect(activity);
    if (result == WaitResult::Done && interrupted())
        result = WaitResult::Interrupted;
    return result;
}

CliEngineHost::WaitResult CliEngineHost::waitForRoundTrip(int timeoutMs)
{
    // The HTTP client counts a request from send() on, which the engine calls before it
    // announces the dispatch, and forgets it before the reply callback runs: so both edges are
    // seen from the engine's activity signal, however fast the answer comes.
    bool sent = false;
    return waitUntil(
        [this, &sent] {
            if (m_http->inFlightCount() > 0)
                sent = true;
            return sent && m_http->inFlightCount() == 0 && m_engine->requestsInFlight() == 0;
        },
        timeoutMs);
}
