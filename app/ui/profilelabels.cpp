#include "profilelabels.h"

#include "provideradapter.h"
#include "provideradapterregistry.h"

#include <QRegularExpression>

QString ProfileLabels::providerName(const QString &provider, const ProviderAdapterRegistry *registry)
{
    const ProviderAdapter *adapter = registry ? registry->adapter(provider) : nullptr;
    return adapter ? adapter->displayName() : provider;
}

QString ProfileLabels::profileLabel(const ProviderProfile &profile, const ProviderAdapterRegistry *registry)
{
    const QString name = profile.name.trimmed().isEmpty() ? tr("(unnamed)") : profile.name;
    const QString provider = providerName(profile.provider, registry);
    // Only as a word of its own: "Sandbox · Vidu" names the provider, "Individual" does not.
    const QRegularExpression says(QStringLiteral("(?<!\\w)%1(?!\\w)").arg(QRegularExpression::escape(provider)),
                                  QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (provider.isEmpty() || says.match(name).hasMatch())
        return name;
    //: A profile in a list: "<profile name> — <provider>", e.g. "My key — Vidu".
    return tr("%1 — %2").arg(name, provider);
}
