extension CompiledPolicy {
    /// Resolves an operation's keys to classes and lends the atom space to `body`, or
    /// returns every problem, worded as `pledge check` words it (an unknown key with its
    /// "did you mean", a retention on an act that keeps nothing). Hash lookups only:
    /// several data keys are merged in stack buffers, so nothing is allocated unless the
    /// operation is invalid.
    func withSpace<R>(of operation: Operation, _ body: (AtomSpace) -> R) -> Result<R, PledgeError> {
        var errors: [Diagnostic] = []
        func complain(_ message: String) {
            errors.append(Diagnostic(message, at: operation.location ?? SourceLocation(file: operation.id ?? "operation")))
        }
        func unknown(_ key: String, _ dimension: Dimension) {
            complain((vocabulary.problem(with: key, in: dimension) ?? .unknownTerm(dimension, key, suggestion: nil)).message)
        }
        func named(_ d: Int, _ key: String) -> Range<Int> {
            if let range = index.named[d][key] { return range }
            unknown(key, Dimension.scoped[d])
            return 0..<0
        }
        let action = named(0, operation.action)
        var data = 0..<0
        if operation.data.isEmpty { complain("an operation names at least one data category") }
        for key in operation.data {
            if let term = index.terms[key] {
                data = term
            } else if let members = terms[key] {
                for k in members where !trees[1].contains(k) { unknown(k, .data) }
            } else {
                data = named(1, key)
            }
        }
        let purpose = operation.purpose.map { named(2, $0) } ?? index.every[2]
        let recipient = named(3, operation.recipient ?? Operation.defaultRecipient)
        let identifiability = named(4, operation.identifiability ?? Operation.defaultIdentifiability)
        if operation.retention != nil, !vocabulary.mayRetain(operation.action) {
            complain(CodecProblem.retentionWithoutRetain(action: operation.action).message)
        }
        // The parts read below, taken out once: the closures then capture no copy of the operation.
        let facts = operation.context, keys = operation.data, retention = operation.retention?.seconds
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: facts.count) { context in
            for (i, key) in facts.enumerated() {
                if let node = contextNodes[key] { context[i] = node }
                else { context[i] = 0; unknown(key, .context) }
            }
            if !errors.isEmpty { return .failure(PledgeError.invalid(errors)) }
            return index.store.withUnsafeBufferPointer { store in
                func space(data: UnsafeBufferPointer<ClassChoice>) -> R {
                    body(AtomSpace(
                        action: UnsafeBufferPointer(rebasing: store[action]), data: data,
                        purpose: UnsafeBufferPointer(rebasing: store[purpose]),
                        recipient: UnsafeBufferPointer(rebasing: store[recipient]),
                        identifiability: UnsafeBufferPointer(rebasing: store[identifiability]),
                        context: UnsafeBufferPointer(context), retention: retention))
                }
                if keys.count == 1 { return .success(space(data: UnsafeBufferPointer(rebasing: store[data]))) }
                return .success(mergingData(of: keys, in: store, space))
            }
        }
    }

    /// The classes of several data keys together, each with its first node, ascending by
    /// node (as for one key), built in stack buffers.
    private func mergingData<R>(of keys: [String], in store: UnsafeBufferPointer<ClassChoice>,
                                _ body: (UnsafeBufferPointer<ClassChoice>) -> R) -> R {
        let classCount = partitions[1].classCount
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: classCount) { first in
            first.initialize(repeating: Int32.max)
            for key in keys {
                guard let range = index.terms[key] ?? index.named[1][key] else { continue }
                for choice in store[range] where choice.node < first[Int(choice.classID)] { first[Int(choice.classID)] = choice.node }
            }
            return withUnsafeTemporaryAllocation(of: ClassChoice.self, capacity: classCount) { merged in
                var count = 0
                for c in 0..<classCount where first[c] != Int32.max {
                    // Insertion by node keeps the order one key's list has.
                    var i = count
                    while i > 0, merged[i - 1].node > first[c] {
                        merged[i] = merged[i - 1]
                        i -= 1
                    }
                    merged[i] = ClassChoice(classID: Int32(c), node: first[c])
                    count += 1
                }
                return body(UnsafeBufferPointer(rebasing: merged[0..<count]))
            }
        }
    }
}
