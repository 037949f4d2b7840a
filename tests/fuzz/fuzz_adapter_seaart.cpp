// libFuzzer target: the seaart adapter's answer parsing (see adapterfuzz.h).
#define QUEUELENS_FUZZ_PROVIDER "seaart"
#include "adapterfuzz.h"
