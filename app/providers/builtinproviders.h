#pragma once

class ProviderAdapterRegistry;

// Registers every adapter shipped with QueueLens. Adding a provider is one adapter file pair
// plus one line in builtinproviders.cpp.
void registerBuiltinProviders(ProviderAdapterRegistry &registry);
