// libFuzzer target: what an operator types or pastes into a provider profile, checked the way
// the profile editor and the engine check it: BaseUrlNormalizer (with each provider's path
// endings), ProfileRegistry::validate and ProfileRegistry::insert (which normalizes again).
// QueueLens has no profile import file; this is the nearest input surface.
//
// Input lines: provider id, base URL, profile id, key environment variable; missing lines are
// empty. The base URL line is also normalized for every provider.

#include "fuzzsupport.h"

#include "baseurlnormalizer.h"
#include "builtinproviders.h"
#include "profileregistry.h"
#include "provideradapterregistry.h"

namespace {
ProviderAdapterRegistry *adapters = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::silenceQtMessages();
    Fuzz::ensureCoreApplication(argc, argv);
    adapters = new ProviderAdapterRegistry;
    registerBuiltinProviders(*adapters);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    const QString pasted = lines.value(1);

    ProviderProfile profile;
    profile.provider = lines.value(0).trimmed();
    profile.id = lines.value(2);
    profile.name = profile.id;
    profile.keyEnvironmentVariable = lines.value(3);

    for (const QString &provider : adapters->providerIds()) {
        const BaseUrlNormalizer::Result result = BaseUrlNormalizer::normalize(pasted, adapters->adapter(provider));
        Fuzz::check(result.isValid() == result.error.isEmpty(), "valid means no error");
        Fuzz::check(result.isValid() || result.url.isEmpty(), "an invalid result carries no URL");
    }
    const BaseUrlNormalizer::Result chosen = BaseUrlNormalizer::normalize(pasted, adapters->adapter(profile.provider));
    profile.baseUrl = chosen.isValid() ? chosen.url : QUrl(pasted);

    // A stored profile's URL is normalized again when it is loaded.
    (void)BaseUrlNormalizer::normalize(profile.baseUrl, QStringList{QStringLiteral("/v1"), QStringLiteral("/")});
    (void)ProfileRegistry::isLoopback(profile.baseUrl);
    if (ProfileRegistry::validate(profile, adapters).isEmpty()) {
        ProfileRegistry registry;
        registry.insert(profile);
        Fuzz::check(registry.find(profile.id).has_value(), "a valid profile can be found after insert");
    }
    return 0;
}
