// libFuzzer target: EnvelopeParser::parseHttpError for the seaart provider (see envelopefuzz.h).
#define QUEUELENS_FUZZ_PROVIDER "seaart"
#include "envelopefuzz.h"
