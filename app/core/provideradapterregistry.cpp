#include "provideradapterregistry.h"

#include "providerdirectory.h"

void ProviderAdapterRegistry::add(std::shared_ptr<const ProviderAdapter> adapter)
{
    ProviderDirectory::add(adapter);
    const QString id = adapter->id();
    if (!m_adapters.contains(id))
        m_order.append(id);
    m_adapters.insert(id, std::move(adapter));
}

const ProviderAdapter *ProviderAdapterRegistry::adapter(const QString &providerId) const
{
    const auto it = m_adapters.constFind(providerId);
    return it == m_adapters.constEnd() ? nullptr : it.value().get();
}

QStringList ProviderAdapterRegistry::providerIds() const
{
    return m_order;
}
