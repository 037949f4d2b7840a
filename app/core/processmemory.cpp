#include "processmemory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ProcessMemory {

void returnLargeBlocksToSystem()
{
#if defined(__GLIBC__)
    // Setting the threshold explicitly also switches off glibc's dynamic adjustment of it and of
    // the trim threshold. 256 KiB: every answer body bigger than a page of task JSON.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

} // namespace ProcessMemory
