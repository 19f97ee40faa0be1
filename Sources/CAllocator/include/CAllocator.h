#ifndef TOWER_CALLOCATOR_H
#define TOWER_CALLOCATOR_H

/// Raises glibc's mmap and trim thresholds so freed large blocks are reused instead of being
/// unmapped (see Sources/FloatBackend/AllocatorTuning.swift). Returns 1 where applied, 0 where the
/// C library has no such setting.
int tower_retain_freed_memory(void);

#endif
