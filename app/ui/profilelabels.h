#pragma once

#include "providerprofile.h"

#include <QCoreApplication>
#include <QString>

class ProviderAdapterRegistry;

// How the window names providers and profiles, the same in every picker, list and column.
class ProfileLabels
{
    Q_DECLARE_TR_FUNCTIONS(ProfileLabels)

public:
    // The provider's display name ("Vidu") from its adapter; the id when there is no registry.
    static QString providerName(const QString &provider, const ProviderAdapterRegistry *registry);
    // "My key — Vidu"; the provider is left out when the name already says it ("Sandbox · Vidu").
    static QString profileLabel(const ProviderProfile &profile, const ProviderAdapterRegistry *registry);
};
