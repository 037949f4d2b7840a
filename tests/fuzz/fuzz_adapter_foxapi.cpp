// libFuzzer target: the foxapi adapter's answer parsing (see adapterfuzz.h).
#define QUEUELENS_FUZZ_PROVIDER "foxapi"
#include "adapterfuzz.h"
