/// Everything an ``Engine`` evaluates with, built once and shared by reference, so that
/// copying an engine or calling it costs no more than one retain.
final class CompiledPolicy: Sendable {
    /// The trees in ``Dimension/scoped`` order, then context.
    let trees: [TaxonomyTree]
    let partitions: [DimensionPartition]
    let index: ChoiceIndex
    let rules: CompiledRules
    /// The policy's defined terms (for the problems of an operation naming one).
    let terms: KeyTable<[String]>
    let contextNodes: KeyTable<Int32>
    /// Words the problems of an invalid operation as operation files do.
    let vocabulary: Vocabulary
    /// The identity that operations compiled here carry.
    let stamp = CompilationStamp()

    init(_ policy: ResolvedPolicy) {
        let document = policy.document, taxonomy = policy.taxonomy, resolved = policy.rules
        trees = (Dimension.scoped + [.context]).map { taxonomy[$0] }
        partitions = Dimension.scoped.indices.map { d in
            var cuts: [Set<Int>] = []
            // By index, field by field: copying whole rules cost more than cutting.
            for r in resolved.indices {
                if let cut = resolved[r].scope.covered[d] { cuts.append(cut) }
                if let cut = resolved[r].breaking?.covered[d] { cuts.append(cut) }
                for e in resolved[r].unless.indices {
                    if let cut = resolved[r].unless[e].scope.covered[d] { cuts.append(cut) }
                }
            }
            // Retention bounds apply to `retain` only, so it must be a class of its own.
            if d == 0 { cuts.append(Set(taxonomy[.action].subtreeIndices(of: "retain"))) }
            return DimensionPartition(tree: taxonomy[Dimension.scoped[d]], cuts: cuts)
        }
        let dataTree = taxonomy[.data]
        let termNodes = document.terms.compactMapValues { keys -> [Int]? in
            let nodes = keys.map { dataTree.index(of: $0) }
            return nodes.contains(nil) ? nil : nodes.compactMap { $0 }
        }
        index = ChoiceIndex(trees: trees, partitions: partitions, terms: termNodes)
        var contextNodes: [String: Int32] = [:]
        for (node, entry) in taxonomy[.context].nodes.enumerated() { contextNodes[entry.key] = Int32(node) }
        self.contextNodes = KeyTable(contextNodes)
        terms = KeyTable(document.terms)
        vocabulary = Vocabulary(taxonomy: taxonomy, terms: document.terms.keys)
        rules = CompiledRules(resolved, partitions: partitions, taxonomy: taxonomy)
    }
}
