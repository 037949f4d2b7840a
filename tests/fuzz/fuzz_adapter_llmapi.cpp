// libFuzzer target: the llmapi adapter's answer parsing (see adapterfuzz.h).
#define QUEUELENS_FUZZ_PROVIDER "llmapi"
#include "adapterfuzz.h"
