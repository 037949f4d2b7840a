#pragma once

#include "clicommand.h"
#include "providerprofile.h"
#include "task.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class CliInterrupt;
class HttpClient;
class ProviderAdapter;
class ProviderAdapterRegistry;
class SecretStore;
class SystemClock;
class TaskEngine;
class TaskStore;

// Everything a task command needs around the engine: the store on the --db file, the HTTP
// client, the built-in adapters, a keychain-less SecretStore (the CLI reads keys from the
// environment only), the engine itself, and an event loop to wait in that Ctrl+C can leave.
class CliEngineHost : public QObject
{
    Q_OBJECT

public:
    enum class WaitResult { Done, Interrupted, TimedOut };

    explicit CliEngineHost(CliStreams streams, QObject *parent = nullptr);
    ~CliEngineHost() override;

    // The built-in provider ids, without opening anything (for option checks and help).
    static QStringList providerIds();
    // Fills in the provider's default kind when none is given and checks the spec with the
    // provider's adapter, without opening anything. Returns the translated problem or empty.
    static QString prepareSpec(const QString &providerId, TaskSpec &spec);
    // "cli-<provider>-<8 hex digits of the normalised base URL's SHA-1>".
    static QString profileIdFor(const QString &provider, const QUrl &baseUrl);
    static QUrl normalisedBaseUrl(const QUrl &baseUrl);

    // The desktop app's database, so that both see the same tasks (the engine's default
    // location depends on the application name, which differs between the two executables).
    static QString defaultDatabasePath();
    // Opens a store (empty path: defaultDatabasePath()), trying once more after a moment: two processes that create the same new
    // database at once can trip over each other's schema set-up.
    static bool openStore(TaskStore &store, const QString &databasePath, QString *error);

    // Opens the database (default path when empty) and builds the engine, not yet started.
    bool open(const QString &databasePath, QString *error);
    QString databasePath() const;      // for messages: never carries a password
    // The name recorded on tasks this run submits (empty: OperatorIdentity::resolve()).
    void setOperatorName(const QString &name);

    // Which tasks of the shared database this process takes over (see README "The task engine").
    enum class Adoption {
        Named,        // only the tasks the command submits or acts on
        AllOrphans,   // also every live task whose process exited or died (watch without ids)
    };

    // Loads profiles and tasks. polling=false keeps routine polls from going out (only the
    // explicit actions of the command do), so a one-shot command never polls every task.
    void start(bool polling, Adoption adoption = Adoption::Named);
    // Lets routine polls go out (after start(false)), e.g. when "--wait" follows a task.
    void resumePolling();

    TaskEngine &engine() { return *m_engine; }
    const ProviderAdapter *adapter(const QString &providerId) const;
    std::optional<ProviderProfile> profile(const QString &profileId) const;

    // Creates or updates the CLI profile for (provider, base URL). Only the fields given are
    // changed on an existing profile; the key itself is never stored.
    struct ProfileRequest
    {
        QString provider;
        QUrl baseUrl;
        QString keyEnvironmentVariable;   // empty: keep (new profiles: QUEUELENS_API_KEY)
        std::optional<bool> sandbox;
        std::optional<int> pollIntervalMs;
        std::optional<int> deadlineSeconds;
    };
    // The profile as it would be after applying the request (nothing saved).
    ProviderProfile profileFor(const ProfileRequest &request) const;
    // Saves the profile unless the engine already has it exactly like this.
    bool saveProfile(const ProviderProfile &profile, QString *error);

    // Why this profile cannot authenticate now (translated), or empty when it can.
    QString keyProblem(const ProviderProfile &profile) const;

    // Runs the event loop until done() holds (checked after every engine change and on a short
    // timer), Ctrl+C, or timeoutMs (< 0: no limit).
    WaitResult waitUntil(const std::function<bool()> &done, int timeoutMs = -1);
    // After an explicit action (refresh, check again): waits until a request has gone out and
    // every request has come back. TimedOut when nothing went out within timeoutMs.
    WaitResult waitForRoundTrip(int timeoutMs);
    bool interrupted() const;
    // The longest a submit can take to be settled by the engine (timeouts plus the automatic
    // retries after 429), with a margin: the limit for waiting on a submit's answer.
    int submitAnswerGuardMs() const;

signals:
    void tasksChanged(const QList<qint64> &ids);

private:
    CliStreams m_streams;
    std::unique_ptr<TaskStore> m_store;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<ProviderAdapterRegistry> m_adapters;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<TaskEngine> m_engine;
    CliInterrupt *m_interrupt = nullptr;
};

// Ctrl+C while waiting (the shell convention 128 + SIGINT).
constexpr int ExitInterrupted = 130;

// Exit status for a task in this state (0 succeeded or still going, 3 failed-ish, 4 unknown).
int exitCodeForState(TaskState state);
