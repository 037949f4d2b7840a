#include "builtinproviders.h"

#include "foxapi/foxapiadapter.h"
#include "llmapi/llmapiadapter.h"
#include "newapi/newapiadapter.h"
#include "provideradapterregistry.h"
#include "seaart/seaartadapter.h"
#include "vidu/viduadapter.h"

#include <memory>

void registerBuiltinProviders(ProviderAdapterRegistry &registry)
{
    registry.add(std::make_shared<SeaArtAdapter>());
    registry.add(std::make_shared<FoxApiAdapter>());
    registry.add(std::make_shared<NewApiAdapter>());
    registry.add(std::make_shared<LlmApiAdapter>());
    registry.add(std::make_shared<ViduAdapter>());
}

void registerBuiltinProvidersOnce()
{
    static ProviderAdapterRegistry registry;
    static const bool registered = [] {
        registerBuiltinProviders(registry);
        return true;
    }();
    Q_UNUSED(registered);
}
