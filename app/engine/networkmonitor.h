#pragma once

#include <QObject>

struct ApiError;

// Decides whether the network is down: five transport failures in a row that point at the
// local network, or the operating system saying it is offline. Any answer from a provider
// proves the network is back, unless the OS still says otherwise.
class NetworkMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int FailuresBeforeDown = 5;

    explicit NetworkMonitor(QObject *parent = nullptr);

    bool isDown() const { return m_down; }
    bool osSaysOffline() const { return m_osSaysOffline; }

    // A provider answered (any HTTP status).
    void noteAnswer();
    // A call failed before any answer; only network-wide kinds of failure count.
    void noteTransportFailure(const ApiError &error);
    void setNetworkDown(bool down);
    // What the OS reports; QNetworkInformation feeds this once watchReachability() ran.
    void setOsReachability(bool disconnected);
    // Follows the OS's reachability when a QNetworkInformation backend exists. Returns whether one does.
    bool watchReachability();

signals:
    void downChanged(bool down);

private:
    int m_failures = 0;
    bool m_down = false;
    bool m_osSaysOffline = false;
};
