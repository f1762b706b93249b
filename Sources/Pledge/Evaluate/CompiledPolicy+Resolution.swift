extension CompiledPolicy {
    /// Resolves an operation's keys to classes and lends the atom space to `body`, or
    /// returns every unknown key. Hash lookups only, except that several data keys are
    /// merged into a new list.
    func withSpace<R>(of operation: Operation, _ body: (AtomSpace) -> R) -> Result<R, PledgeError> {
        var errors: [Diagnostic] = []
        func complain(_ message: String) {
            errors.append(Diagnostic(message, at: operation.location ?? SourceLocation(file: operation.id ?? "operation")))
        }
        func subtree(_ d: Int, _ key: String) -> Range<Int> {
            if let range = index.subtree[d][key] { return range }
            complain("unknown \(Dimension.scoped[d].rawValue) '\(key)'")
            return 0..<0
        }
        let action = subtree(0, operation.action)
        var data = 0..<0
        var merged: [ClassChoice] = []
        if operation.data.isEmpty {
            complain("an operation names at least one data category")
        } else if operation.data.count == 1 {
            let key = operation.data[0]
            if let term = index.terms[key] {
                data = term
            } else if let members = terms[key] {
                for k in members where !trees[1].contains(k) { complain("unknown data '\(k)'") }
            } else {
                data = subtree(1, key)
            }
        } else {
            var nodes: [Int] = []
            for key in operation.data {
                for k in terms[key] ?? [key] {
                    if let node = trees[1].index(of: k) { nodes.append(node) }
                    else { complain("unknown data '\(k)'") }
                }
            }
            merged = partitions[1].choices(ofSubtrees: nodes)
        }
        let purpose = operation.purpose.map { subtree(2, $0) } ?? index.every[2]
        let recipient = subtree(3, operation.recipient ?? Operation.defaultRecipient)
        let identifiability = subtree(4, operation.identifiability ?? Operation.defaultIdentifiability)
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: operation.context.count) { context in
            for (i, key) in operation.context.enumerated() {
                if let node = contextNodes[key] { context[i] = node }
                else { context[i] = 0; complain("unknown context fact '\(key)'") }
            }
            if !errors.isEmpty { return .failure(PledgeError.invalid(errors)) }
            return index.store.withUnsafeBufferPointer { store in
                merged.withUnsafeBufferPointer { merged in
                    .success(body(AtomSpace(
                        action: UnsafeBufferPointer(rebasing: store[action]),
                        data: merged.isEmpty ? UnsafeBufferPointer(rebasing: store[data]) : merged,
                        purpose: UnsafeBufferPointer(rebasing: store[purpose]),
                        recipient: UnsafeBufferPointer(rebasing: store[recipient]),
                        identifiability: UnsafeBufferPointer(rebasing: store[identifiability]),
                        context: UnsafeBufferPointer(context), retention: operation.retention?.seconds)))
                }
            }
        }
    }
}
