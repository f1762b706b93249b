extension Engine {
    /// Resolves an operation's keys to classes and lends the atom space to `body`, or
    /// returns every unknown key. Hash lookups only, except that several data keys are
    /// merged into a new list.
    func withSpace<R>(of operation: Operation, _ body: (AtomSpace) -> R) -> Result<R, PledgeError> {
        let location = operation.location ?? SourceLocation(file: operation.id ?? "operation")
        var errors: [Diagnostic] = []
        func subtree(_ d: Int, _ key: String) -> Range<Int> {
            if let node = trees[d].index(of: key) { return index.subtree[d][node] }
            errors.append(Diagnostic("unknown \(Dimension.scoped[d].rawValue) '\(key)'", at: location))
            return 0..<0
        }
        let action = subtree(0, operation.action)
        var data = 0..<0
        var merged: [ClassChoice] = []
        if operation.data.isEmpty {
            errors.append(Diagnostic("an operation names at least one data category", at: location))
        } else if operation.data.count == 1 {
            let key = operation.data[0]
            if let term = index.terms[key] {
                data = term
            } else if let members = document.terms[key] {
                for k in members where !trees[1].contains(k) { errors.append(Diagnostic("unknown data '\(k)'", at: location)) }
            } else {
                data = subtree(1, key)
            }
        } else {
            var nodes: [Int] = []
            for key in operation.data {
                for k in document.terms[key] ?? [key] {
                    if let node = trees[1].index(of: k) { nodes.append(node) }
                    else { errors.append(Diagnostic("unknown data '\(k)'", at: location)) }
                }
            }
            merged = partitions[1].choices(ofSubtrees: nodes)
        }
        let purpose = operation.purpose.map { subtree(2, $0) } ?? index.every[2]
        let recipient = subtree(3, operation.recipient ?? Operation.defaultRecipient)
        let identifiability = subtree(4, operation.identifiability ?? Operation.defaultIdentifiability)
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: operation.context.count) { context in
            for (i, key) in operation.context.enumerated() {
                if let node = trees[5].index(of: key) { context[i] = Int32(node) }
                else { context[i] = 0; errors.append(Diagnostic("unknown context fact '\(key)'", at: location)) }
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
