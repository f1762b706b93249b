/// The keys a file may name in each dimension: the taxonomy's nodes, and for data also the
/// policy's defined terms. Every key a rule or operation names must resolve here.
struct Vocabulary {
    let taxonomy: Taxonomy
    let terms: Set<String>
    /// The taxonomy's trees in the order of `Dimension.allCases`, so that checking a key
    /// costs one lookup in its tree and none in the taxonomy's dictionary of trees.
    private let trees: [TaxonomyTree]

    init(taxonomy: Taxonomy, terms: some Sequence<String> = []) {
        self.taxonomy = taxonomy
        self.terms = Set(terms)
        self.trees = Dimension.allCases.map { taxonomy[$0] }
    }

    func contains(_ key: String, in dimension: Dimension) -> Bool {
        trees[Self.slot(of: dimension)].contains(key) || (dimension == .data && terms.contains(key))
    }

    private static func slot(of dimension: Dimension) -> Int {
        switch dimension {
        case .action: return 0
        case .data: return 1
        case .purpose: return 2
        case .recipient: return 3
        case .identifiability: return 4
        case .context: return 5
        }
    }

    /// Whether an operation with this action keeps data, so that a retention applies to it:
    /// `retain` itself or a kind of it (an operation's action is one act). An unknown
    /// action is reported on its own.
    func mayRetain(_ action: String) -> Bool {
        let actions = taxonomy[.action]
        return !actions.contains(action) || actions.covers("retain", action)
    }

    /// Nil when the key resolves; otherwise the problem, with the nearest known key.
    func problem(with key: String, in dimension: Dimension) -> CodecProblem? {
        guard !contains(key, in: dimension) else { return nil }
        var candidates = taxonomy[dimension].nodes.map(\.key)
        if dimension == .data { candidates += terms.sorted() }
        return .unknownTerm(dimension, key, suggestion: NearestKey.suggestion(for: key, among: candidates))
    }
}

extension NodeDecoder {
    /// A list of keys of one dimension (or one key): each must resolve in the vocabulary.
    /// An empty list is reported as `empty`, since it would match nothing.
    mutating func keys(_ node: YAMLNode, field: String, dimension: Dimension, in vocabulary: Vocabulary,
                       empty: CodecProblem?) -> [String]? {
        // A key the reader found in the taxonomy's tree of this dimension resolves: no lookup.
        let bit = TermTable.bit(dimension)
        if let scalar = node.scalar {
            guard let key = string(node, field: field) else { return nil }
            if scalar.dimensions & bit == 0, !vocabulary.contains(key, in: dimension), let problem = vocabulary.problem(with: key, in: dimension) {
                report(problem, node)
            }
            return [key]
        }
        guard let items = node.sequence else { return strings(node, field: field).map { $0.map(\.0) } }
        if let empty, items.isEmpty { report(empty, node); return nil }
        var keys: [String] = []
        keys.reserveCapacity(items.count)
        for item in items {
            guard let key = string(item, field: field) else { continue }
            if item.scalar.map({ $0.dimensions & bit == 0 }) ?? true, !vocabulary.contains(key, in: dimension),
               let problem = vocabulary.problem(with: key, in: dimension) {
                report(problem, item)
            }
            keys.append(key)
        }
        return keys
    }
}
