#pragma once

class ProviderAdapterRegistry;

// Registers every adapter shipped with QueueLens. Adding a provider is one folder
// (app/providers/<provider>/) plus one line in builtinproviders.cpp.
void registerBuiltinProviders(ProviderAdapterRegistry &registry);

// Lists the built-in providers in the process's ProviderDirectory without an engine, for
// programs that only explain errors (CLI explain/codes, tests). Safe to call more than once.
void registerBuiltinProvidersOnce();
