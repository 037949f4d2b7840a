#pragma once

#include "errorcatalogentry.h"

#include <span>

// QueueLens's own entries ("queuelens"): generic fallbacks and client-side conditions.
std::span<const ErrorCatalogEntry> errorCatalogData();
