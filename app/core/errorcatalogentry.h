#pragma once

#include "errortaxonomy.h"

// How a catalog identifier is compared with what a provider sent.
enum class CatalogMatch {
    Exact,   // case-sensitive equality: providers differ only by case (Unauthorized vs UNAUTHORIZED)
    Prefix,  // message-style identifiers: case-insensitive, whitespace-normalised prefix
             // ("App not found" matches "App not found: my_model")
};

// One documented error identifier of one provider. Texts are untranslated source strings,
// marked with QT_TRANSLATE_NOOP("ErrorCatalog", ...) so lupdate extracts them; translate them
// with QCoreApplication::translate("ErrorCatalog", text).
// An explanation may contain "%1": it is replaced by the detail the provider's message names
// (for example the fields of Vidu's "field is missing or empty: prompt").
struct ErrorCatalogEntry
{
    const char *provider;      // "seaart", "foxapi", "newapi", "llmapi", "vidu", "queuelens"
    const char *code;          // identifier: code, reason, type, message, or "http_<status>"
    int httpStatus;            // documented HTTP status, 0 when none is documented
    ErrorCategory category;
    RetryClass retry;
    const char *title;         // one line, shown in the table
    const char *explanation;   // what happened and the usual cause, 1-3 sentences
    const char *fix;           // concrete steps
    CatalogMatch match = CatalogMatch::Exact;
};
