#include "profileregistry.h"

#include "baseurlnormalizer.h"
#include "provideradapter.h"
#include "providerdirectory.h"

#include "provideradapterregistry.h"

#include <QCoreApplication>
#include <QHostAddress>

QString ProfileRegistry::validate(const ProviderProfile &profile, const ProviderAdapterRegistry *adapters)
{
    if (profile.id.trimmed().isEmpty())
        return QCoreApplication::translate("TaskEngine", "A profile needs an id.");
    if (!adapters || !adapters->adapter(profile.provider))
        return QCoreApplication::translate("TaskEngine", "Unknown provider \"%1\".").arg(profile.provider);
    const QString scheme = profile.baseUrl.scheme();
    if (!profile.baseUrl.isValid() || profile.baseUrl.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return QCoreApplication::translate("TaskEngine", "The base URL must be a full http:// or https:// address.");
    return {};
}

bool ProfileRegistry::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<ProviderProfile> ProfileRegistry::find(const QString &id) const
{
    const auto it = m_profiles.constFind(id);
    if (it == m_profiles.constEnd())
        return std::nullopt;
    return *it;
}

QList<ProviderProfile> ProfileRegistry::list() const
{
    QList<ProviderProfile> profiles;
    profiles.reserve(m_order.size());
    for (const QString &id : m_order)
        profiles.append(m_profiles.value(id));
    return profiles;
}

void ProfileRegistry::insert(const ProviderProfile &profile)
{
    if (!m_profiles.contains(profile.id))
        m_order.append(profile.id);
    // Profiles saved before base URLs were normalized may end in "/v1" or "/ent/v2": requests
    // go to the provider's root all the same.
    ProviderProfile normalized = profile;
    const auto adapter = ProviderDirectory::find(profile.provider);
    const BaseUrlNormalizer::Result root =
        BaseUrlNormalizer::normalize(profile.baseUrl, adapter ? adapter->apiPathSuffixes() : QStringList());
    if (root.isValid())
        normalized.baseUrl = root.url;
    m_profiles.insert(profile.id, normalized);
}

bool ProfileRegistry::remove(const QString &id)
{
    if (!m_profiles.remove(id))
        return false;
    m_order.removeAll(id);
    return true;
}
