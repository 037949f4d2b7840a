#pragma once

#include "errorcatalogentry.h"

#include <span>

// Every documented error identifier of FoxAPI, with what it means and what to do.
std::span<const ErrorCatalogEntry> foxApiCatalogEntries();
