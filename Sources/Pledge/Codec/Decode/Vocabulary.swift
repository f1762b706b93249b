/// The keys a file may name in each dimension: the taxonomy's nodes, and for data also the
/// policy's defined terms. Every key a rule or operation names must resolve here.
struct Vocabulary {
    let taxonomy: Taxonomy
    let terms: Set<String>

    init(taxonomy: Taxonomy, terms: some Sequence<String> = []) {
        self.taxonomy = taxonomy
        self.terms = Set(terms)
    }

    func contains(_ key: String, in dimension: Dimension) -> Bool {
        taxonomy[dimension].contains(key) || (dimension == .data && terms.contains(key))
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
        guard let entries = strings(node, field: field) else { return nil }
        if let empty, node.sequence?.isEmpty == true { report(empty, node); return nil }
        for (key, place) in entries {
            if let problem = vocabulary.problem(with: key, in: dimension) { report(problem, place) }
        }
        return entries.map(\.0)
    }
}
