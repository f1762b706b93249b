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
                    body(AtomSpace(store, action: action, data: data, purpose: purpose, recipient: recipient,
                                   identifiability: identifiability, context: context, retention: retention))
                }
                if keys.count == 1 { return .success(space(data: UnsafeBufferPointer(rebasing: store[data]))) }
                return .success(mergingData(count: keys.count, { index.terms[keys[$0]] ?? index.named[1][keys[$0]] }, in: store, space))
            }
        }
    }

    /// ``withSpace(of:_:)`` for an operation whose terms were read as numbers of the table
    /// `classes` was built for: the same space, found by indexing instead of hashing each
    /// term again. nil, without calling `body`, when some term has no classes here, the
    /// operation names more terms than `numbers` holds, or a retention (which the action
    /// must allow): ``withSpace(of:_:)`` resolves those and words their problems.
    func withSpace<R>(of numbers: TermNumbers, _ classes: TermClasses, retention: ISODuration?, _ body: (AtomSpace) -> R) -> R? {
        guard numbers.complete, retention == nil, numbers.dataCount > 0,
              let action = classes.range(0, numbers.action),
              let purpose = numbers.purpose == TermNumbers.none ? index.every[2] : classes.range(2, numbers.purpose),
              let recipient = numbers.recipient == TermNumbers.none ? classes.defaultRecipient : classes.range(3, numbers.recipient),
              let identifiability = numbers.identifiability == TermNumbers.none
                ? classes.defaultIdentifiability : classes.range(4, numbers.identifiability)
        else { return nil }
        var data = 0..<0
        for i in 0..<numbers.dataCount {
            guard let range = classes.range(1, numbers.data[i]) else { return nil }
            data = range
        }
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: numbers.contextCount) { context -> R? in
            for i in 0..<numbers.contextCount {
                guard let node = classes.contextNode(numbers.context[i]) else { return nil }
                context[i] = node
            }
            return index.store.withUnsafeBufferPointer { store in
                func space(data: UnsafeBufferPointer<ClassChoice>) -> R {
                    body(AtomSpace(store, action: action, data: data, purpose: purpose, recipient: recipient,
                                   identifiability: identifiability, context: context, retention: nil))
                }
                if numbers.dataCount == 1 { return space(data: UnsafeBufferPointer(rebasing: store[data])) }
                return mergingData(count: numbers.dataCount, { classes.range(1, numbers.data[$0]) }, in: store, space)
            }
        }
    }

    /// The classes of several data keys together (`range(i)`: key `i`'s, nil for one that
    /// has none), each with its first node, ascending by node (as for one key), built in
    /// stack buffers.
    private func mergingData<R>(count: Int, _ range: (Int) -> Range<Int>?, in store: UnsafeBufferPointer<ClassChoice>,
                                _ body: (UnsafeBufferPointer<ClassChoice>) -> R) -> R {
        let classCount = partitions[1].classCount
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: classCount) { first in
            first.initialize(repeating: Int32.max)
            for k in 0..<count {
                guard let range = range(k) else { continue }
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
