// libFuzzer target: the vidu adapter's answer parsing (see adapterfuzz.h).
#define QUEUELENS_FUZZ_PROVIDER "vidu"
#include "adapterfuzz.h"
