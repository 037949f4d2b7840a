// libFuzzer target: the newapi adapter's answer parsing (see adapterfuzz.h).
#define QUEUELENS_FUZZ_PROVIDER "newapi"
#include "adapterfuzz.h"
