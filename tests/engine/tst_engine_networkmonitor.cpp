// NetworkMonitor: when repeated transport failures or the OS say the network is down, and
// what brings it back.

#include "engine/errorpolicy.h"
#include "engine/networkmonitor.h"

#include <QSignalSpy>
#include <QTest>

namespace {

ApiError transport(const QString &code)
{
    ApiError error = ErrorPolicy::clientError(code, ApiPhase::Transport, code);
    error.phase = ApiPhase::Transport;
    return error;
}

} // namespace

class TestNetworkMonitor : public QObject
{
    Q_OBJECT

private slots:
    void fiveNetworkFailuresInARowMeanDown();
    void otherFailuresDoNotCount();
    void anAnswerResetsTheCount();
    void anAnswerBringsTheNetworkBack();
    void osOfflineWinsOverAnswers();
    void explicitStateChangesSignalOnce();
};

void TestNetworkMonitor::fiveNetworkFailuresInARowMeanDown()
{
    NetworkMonitor monitor;
    QSignalSpy spy(&monitor, &NetworkMonitor::downChanged);
    const QStringList codes = {QStringLiteral("host_not_found"), QStringLiteral("network_unreachable"),
                               QStringLiteral("connection_timeout"), QStringLiteral("proxy_error")};
    for (int i = 0; i < NetworkMonitor::FailuresBeforeDown - 1; ++i)
        monitor.noteTransportFailure(transport(codes.at(i % codes.size())));
    QVERIFY(!monitor.isDown());
    QCOMPARE(spy.count(), 0);
    monitor.noteTransportFailure(transport(QStringLiteral("host_not_found")));
    QVERIFY(monitor.isDown());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    // Further failures change nothing.
    monitor.noteTransportFailure(transport(QStringLiteral("host_not_found")));
    QCOMPARE(spy.count(), 1);
}

void TestNetworkMonitor::otherFailuresDoNotCount()
{
    NetworkMonitor monitor;
    // One host refusing or a TLS problem says nothing about the network.
    for (int i = 0; i < 20; ++i) {
        monitor.noteTransportFailure(transport(QStringLiteral("connection_refused")));
        monitor.noteTransportFailure(transport(QStringLiteral("tls_error")));
    }
    QVERIFY(!monitor.isDown());
}

void TestNetworkMonitor::anAnswerResetsTheCount()
{
    NetworkMonitor monitor;
    for (int i = 0; i < NetworkMonitor::FailuresBeforeDown - 1; ++i)
        monitor.noteTransportFailure(transport(QStringLiteral("network_unreachable")));
    monitor.noteAnswer();
    for (int i = 0; i < NetworkMonitor::FailuresBeforeDown - 1; ++i)
        monitor.noteTransportFailure(transport(QStringLiteral("network_unreachable")));
    QVERIFY(!monitor.isDown());
}

void TestNetworkMonitor::anAnswerBringsTheNetworkBack()
{
    NetworkMonitor monitor;
    QSignalSpy spy(&monitor, &NetworkMonitor::downChanged);
    for (int i = 0; i < NetworkMonitor::FailuresBeforeDown; ++i)
        monitor.noteTransportFailure(transport(QStringLiteral("connection_timeout")));
    QVERIFY(monitor.isDown());
    monitor.noteAnswer();
    QVERIFY(!monitor.isDown());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toBool(), false);
}

void TestNetworkMonitor::osOfflineWinsOverAnswers()
{
    NetworkMonitor monitor;
    QSignalSpy spy(&monitor, &NetworkMonitor::downChanged);
    monitor.setOsReachability(true);
    QVERIFY(monitor.isDown());
    QVERIFY(monitor.osSaysOffline());
    // A loopback answer (the sandbox) does not prove the network is back while the OS says no.
    monitor.noteAnswer();
    QVERIFY(monitor.isDown());
    monitor.setOsReachability(false);
    QVERIFY(!monitor.isDown());
    QCOMPARE(spy.count(), 2);
    // The OS coming back when nothing was down is no change.
    monitor.setOsReachability(false);
    QCOMPARE(spy.count(), 2);
}

void TestNetworkMonitor::explicitStateChangesSignalOnce()
{
    NetworkMonitor monitor;
    QSignalSpy spy(&monitor, &NetworkMonitor::downChanged);
    monitor.setNetworkDown(false);
    QCOMPARE(spy.count(), 0);
    monitor.setNetworkDown(true);
    monitor.setNetworkDown(true);
    QCOMPARE(spy.count(), 1);
    monitor.setNetworkDown(false);
    QCOMPARE(spy.count(), 2);
}

QTEST_GUILESS_MAIN(TestNetworkMonitor)
#include "tst_engine_networkmonitor.moc"
