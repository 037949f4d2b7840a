// libFuzzer target: EnvelopeParser::parseHttpError for the foxapi provider (see envelopefuzz.h).
#define QUEUELENS_FUZZ_PROVIDER "foxapi"
#include "envelopefuzz.h"
