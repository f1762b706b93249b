#include "AllocationCounter.h"
#include <errno.h>

#if defined(__GLIBC__)
#include <stdatomic.h>
#include <stddef.h>

// glibc's own entry points: defining malloc here interposes on every allocation in the
// process (the Swift runtime's included), and forwards to the real allocator.
extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *pointer, size_t size);
extern void *__libc_memalign(size_t alignment, size_t size);

static atomic_int counting;
static atomic_long count;

static void note(void) {
    if (atomic_load_explicit(&counting, memory_order_relaxed)) {
        atomic_fetch_add_explicit(&count, 1, memory_order_relaxed);
    }
}

void *malloc(size_t size) { note(); return __libc_malloc(size); }
void *calloc(size_t count, size_t size) { note(); return __libc_calloc(count, size); }
void *realloc(void *pointer, size_t size) { note(); return __libc_realloc(pointer, size); }
void *aligned_alloc(size_t alignment, size_t size) { note(); return __libc_memalign(alignment, size); }
void *memalign(size_t alignment, size_t size) { note(); return __libc_memalign(alignment, size); }

int posix_memalign(void **result, size_t alignment, size_t size) {
    note();
    void *pointer = __libc_memalign(alignment, size);
    if (pointer == NULL) return ENOMEM;
    *result = pointer;
    return 0;
}

int pledge_allocation_counter_available(void) { return 1; }
void pledge_allocation_counting(int on) { atomic_store(&counting, on); }
long pledge_allocation_count(void) { return atomic_load(&count); }

#else

int pledge_allocation_counter_available(void) { return 0; }
void pledge_allocation_counting(int on) { (void)on; }
long pledge_allocation_count(void) { return 0; }

#endif
