#include "builtinproviders.h"

#include "foxapiadapter.h"
#include "llmapiadapter.h"
#include "newapiadapter.h"
#include "provideradapterregistry.h"
#include "seaartadapter.h"
#include "viduadapter.h"

#include <memory>

void registerBuiltinProviders(ProviderAdapterRegistry &registry)
{
    registry.add(std::make_shared<SeaArtAdapter>());
    registry.add(std::make_shared<FoxApiAdapter>());
    registry.add(std::make_shared<NewApiAdapter>());
    registry.add(std::make_shared<LlmApiAdapter>());
    registry.add(std::make_shared<ViduAdapter>());
}
