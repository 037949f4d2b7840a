#pragma once

#include "providerprofile.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class ProviderAdapterRegistry;

// The engine's provider profiles in the order they were added, and the rules a profile must
// meet before it is kept. Saving to the store is the caller's business.
class ProfileRegistry
{
public:
    // Why the profile cannot be kept (translated), or empty: it needs an id, a known provider
    // and a full http(s) base URL.
    static QString validate(const ProviderProfile &profile, const ProviderAdapterRegistry *adapters);
    // Loopback hosts (the sandbox, local gateways) are not subject to "the network is down".
    static bool isLoopback(const QUrl &url);

    bool contains(const QString &id) const { return m_profiles.contains(id); }
    std::optional<ProviderProfile> find(const QString &id) const;
    QList<ProviderProfile> list() const;   // in the order they were first added
    int size() const { return int(m_order.size()); }

    // Adds a profile, or replaces the one with its id in place.
    // Stores the profile with its base URL cut back to the provider root (ProviderDirectory).
    void insert(const ProviderProfile &profile);
    bool remove(const QString &id);

private:
    QHash<QString, ProviderProfile> m_profiles;
    QStringList m_order;
};
