import Foundation

/// The closed vocabulary every rule and operation speaks: one ``TaxonomyTree`` per dimension.
///
/// The default comes from the library's `taxonomy.yaml` resource (data and purpose keys
/// from fideslang); a user file can add nodes and phrases with ``extended(with:)``.
public struct Taxonomy: Sendable, Hashable {
    /// The tree of each dimension.
    public let trees: [Dimension: TaxonomyTree]

    /// A taxonomy of the given trees; a dimension without one has an empty tree.
    public init(trees: [Dimension: TaxonomyTree]) {
        self.trees = trees
    }

    /// The tree of one dimension (empty when the taxonomy has none).
    public subscript(dimension: Dimension) -> TaxonomyTree {
        trees[dimension] ?? TaxonomyTree(dimension: dimension, nodes: [])
    }

    /// The bundled default taxonomy. Loading it cannot fail unless the package is broken,
    /// which its tests catch.
    public static let standard: Taxonomy = {
        guard let url = Bundle.module.url(forResource: "taxonomy", withExtension: "yaml"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { preconditionFailure("the taxonomy.yaml resource is missing from the Pledge bundle") }
        do {
            return try TaxonomyFile.parse(text, file: "taxonomy.yaml")
        } catch {
            preconditionFailure("the bundled taxonomy.yaml is invalid: \(error)")
        }
    }()

    /// This taxonomy with the nodes of another added: new keys become new nodes, known
    /// keys gain the other's phrases, `broken_by` entries and `permitted_by_name`, and take its label when it gives one.
    public func extended(with other: Taxonomy) -> Taxonomy {
        var result: [Dimension: TaxonomyTree] = [:]
        for dimension in Dimension.allCases {
            var nodes = self[dimension].nodes
            var position: [String: Int] = [:]
            for (i, node) in nodes.enumerated() { position[node.key] = i }
            for node in other[dimension].nodes {
                if let i = position[node.key] {
                    if let label = node.label { nodes[i].label = label }
                    for phrase in node.phrases where !nodes[i].phrases.contains(phrase) { nodes[i].phrases.append(phrase) }
                    for key in node.brokenBy where !nodes[i].brokenBy.contains(key) { nodes[i].brokenBy.append(key) }
                    if node.permittedByName { nodes[i].permittedByName = true }
                } else {
                    position[node.key] = nodes.count
                    nodes.append(node)
                }
            }
            result[dimension] = TaxonomyTree(dimension: dimension, nodes: nodes)
        }
        return Taxonomy(trees: result)
    }

    /// Loads a user taxonomy file and returns the standard taxonomy extended with it.
    public static func standard(extendedWith path: String) throws -> Taxonomy {
        let bytes = try FileInput.bytes(atPath: path, limit: YAMLReader.Limits.ruleFile.maxBytes)
        let user = try TaxonomyFile.parse(bytes: bytes, file: path, base: .standard)
        return standard.extended(with: user)
    }
}
