#pragma once

#include "errorcatalogentry.h"

#include <span>

// The static table of every documented error identifier (errorcatalogdata.cpp).
std::span<const ErrorCatalogEntry> errorCatalogData();
