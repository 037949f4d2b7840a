#include "networkmonitor.h"

#include "apierror.h"
#include "errorpolicy.h"

#include <QNetworkInformation>

NetworkMonitor::NetworkMonitor(QObject *parent)
    : QObject(parent)
{
}

void NetworkMonitor::noteAnswer()
{
    m_failures = 0;
    if (m_down && !m_osSaysOffline)
        setNetworkDown(false);
}

void NetworkMonitor::noteTransportFailure(const ApiError &error)
{
    if (!ErrorPolicy::pointsAtNetwork(error))
        return;
    if (++m_failures >= FailuresBeforeDown && !m_down)
        setNetworkDown(true);
}

void NetworkMonitor::setNetworkDown(bool down)
{
    if (m_down == down)
        return;
    m_down = down;
    emit downChanged(down);
}

void NetworkMonitor::setOsReachability(bool disconnected)
{
    m_osSaysOffline = disconnected;
    if (disconnected)
        setNetworkDown(true);
    else if (m_down)
        setNetworkDown(false);
}

bool NetworkMonitor::watchReachability()
{
    if (!QNetworkInformation::instance()
        && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return false;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return false;
    connect(info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability reachability) {
        setOsReachability(reachability == QNetworkInformation::Reachability::Disconnected);
    });
    if (info->reachability() == QNetworkInformation::Reachability::Disconnected)
        setOsReachability(true);
    return true;
}
