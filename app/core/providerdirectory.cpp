#include "providerdirectory.h"

#include "provideradapter.h"

#include <QReadWriteLock>

namespace {

struct Directory
{
    QReadWriteLock lock;
    QList<std::shared_ptr<const ProviderAdapter>> adapters;
    int generation = 0;
};

Directory &directory()
{
    static Directory instance;
    return instance;
}

} // namespace

void ProviderDirectory::add(std::shared_ptr<const ProviderAdapter> adapter)
{
    if (!adapter)
        return;
    Directory &d = directory();
    QWriteLocker locker(&d.lock);
    const QString id = adapter->id();
    for (auto &known : d.adapters) {
        if (known->id() == id) {
            // Another instance of the same class knows the same things: keep the first, so
            // that entries handed out earlier stay valid.
            if (typeid(*known) != typeid(*adapter)) {
                known = std::move(adapter);
                ++d.generation;
            }
            return;
        }
    }
    d.adapters.append(std::move(adapter));
    ++d.generation;
}

std::shared_ptr<const ProviderAdapter> ProviderDirectory::find(QStringView id)
{
    Directory &d = directory();
    QReadLocker locker(&d.lock);
    for (const auto &adapter : d.adapters) {
        if (adapter->id() == id)
            return adapter;
    }
    return nullptr;
}

QList<std::shared_ptr<const ProviderAdapter>> ProviderDirectory::all()
{
    Directory &d = directory();
    QReadLocker locker(&d.lock);
    return d.adapters;
}

QStringList ProviderDirectory::ids()
{
    QStringList ids;
    for (const auto &adapter : all())
        ids.append(adapter->id());
    return ids;
}

int ProviderDirectory::generation()
{
    Directory &d = directory();
    QReadLocker locker(&d.lock);
    return d.generation;
}
