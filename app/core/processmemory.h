#pragma once

// Process-wide memory settings, applied once at the start of every QueueLens executable.
namespace ProcessMemory {

// Large blocks (answer bodies, result files) are given back to the system as soon as they are
// freed. glibc otherwise raises its mmap threshold to the size of the largest block freed (up to
// 32 MiB), after which 8 MiB answers are served from the heap and leave the resident size higher
// after every burst of big answers (bench_soak showed steps of 15-30 MiB). No-op elsewhere.
void returnLargeBlocksToSystem();

} // namespace ProcessMemory
