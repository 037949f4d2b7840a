#pragma once

#include "provideradapter.h"

#include <QHash>
#include <QStringList>

#include <memory>

// The adapters the engine can use, by provider id. app/providers fills it
// (registerBuiltinProviders); adding a provider is one folder and one line there. Each adapter
// added is also listed in the process's ProviderDirectory (error catalog, failure parsing).
class ProviderAdapterRegistry
{
public:
    void add(std::shared_ptr<const ProviderAdapter> adapter);
    const ProviderAdapter *adapter(const QString &providerId) const;
    QStringList providerIds() const;   // in registration order

private:
    QHash<QString, std::shared_ptr<const ProviderAdapter>> m_adapters;
    QStringList m_order;
};
