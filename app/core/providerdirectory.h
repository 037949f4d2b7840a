#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

class ProviderAdapter;

// The providers this process knows, for the parts of core that explain errors without an
// engine at hand (ErrorCatalog, EnvelopeParser). Every ProviderAdapterRegistry::add() lists its
// adapter here too, so a provider's catalog entries and failure parsing come from its own
// folder. Registering the same adapter again changes nothing. Thread-safe.
class ProviderDirectory
{
public:
    static void add(std::shared_ptr<const ProviderAdapter> adapter);
    static std::shared_ptr<const ProviderAdapter> find(QStringView id);
    static QList<std::shared_ptr<const ProviderAdapter>> all();   // in registration order
    static QStringList ids();
    // Grows whenever the directory changes; lets caches built from it know they are stale.
    static int generation();
};
