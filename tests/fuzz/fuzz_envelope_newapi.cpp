// libFuzzer target: EnvelopeParser::parseHttpError for the newapi provider (see envelopefuzz.h).
#define QUEUELENS_FUZZ_PROVIDER "newapi"
#include "envelopefuzz.h"
