// libFuzzer target: EnvelopeParser::parseHttpError for the llmapi provider (see envelopefuzz.h).
#define QUEUELENS_FUZZ_PROVIDER "llmapi"
#include "envelopefuzz.h"
