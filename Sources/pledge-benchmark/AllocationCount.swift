import AllocationCounter

/// Heap allocations made while running a body (nil where they cannot be counted).
enum AllocationCount {
    static func during(_ body: () -> Void) -> Int? {
        guard pledge_allocation_counter_available() == 1 else { return nil }
        let before = pledge_allocation_count()
        pledge_allocation_counting(1)
        body()
        pledge_allocation_counting(0)
        return pledge_allocation_count() - before
    }
}
