#pragma once

#include "errorcatalogentry.h"

#include <span>

// Every documented error identifier of SeaArt, with what it means and what to do.
std::span<const ErrorCatalogEntry> seaArtCatalogEntries();
