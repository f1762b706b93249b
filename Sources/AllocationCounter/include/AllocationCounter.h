#ifndef PLEDGE_ALLOCATION_COUNTER_H
#define PLEDGE_ALLOCATION_COUNTER_H

/// Counts heap allocations (malloc, calloc, realloc, aligned allocations) while switched
/// on, for the benchmark's allocations-per-decision figure. Linux with glibc only.

/// 1 when this platform counts allocations, 0 otherwise.
int pledge_allocation_counter_available(void);
/// Starts (1) or stops (0) counting.
void pledge_allocation_counting(int on);
/// Allocations counted so far.
long pledge_allocation_count(void);

#endif
