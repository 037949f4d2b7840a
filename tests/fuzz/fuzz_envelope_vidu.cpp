// libFuzzer target: EnvelopeParser::parseHttpError for the vidu provider (see envelopefuzz.h).
#define QUEUELENS_FUZZ_PROVIDER "vidu"
#include "envelopefuzz.h"
