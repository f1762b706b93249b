/// Reads a taxonomy file (`pledge-taxonomy: 1`): per dimension, a mapping from key to
/// `{parent, label, phrases, broken_by, permitted_by_name}`. It goes through the same safe reader as rule files, and
/// every problem is reported with its place.
enum TaxonomyFile {
    static let schemaKey = "pledge-taxonomy"
    static let nodeKeys = ["parent", "label", "phrases", "broken_by", "permitted_by_name"]
    /// The deepest a node may stand (the bundled vocabulary needs 4): every node covers its
    /// subtree, so depth multiplies what compiling a policy costs; a chain of 100,000 is refused.
    package static let maximumDepth = 16

    /// - Parameter base: a taxonomy whose keys may serve as parents (for user extensions).
    static func parse(_ text: String, file: String, base: Taxonomy? = nil) throws -> Taxonomy {
        try parse(bytes: Array(text.utf8), file: file, base: base)
    }

    static func parse(bytes: [UInt8], file: String, base: Taxonomy? = nil) throws -> Taxonomy {
        let yaml = try YAMLReader.read(bytes: bytes, file: file, limits: .ruleFile)
        var input = NodeDecoder(file: file, diagnostics: yaml.diagnostics)
        guard let top = yaml.root.mapping else {
            input.report(.notMapping("a taxonomy file", found: yaml.root.kindDescription), yaml.root)
            throw PledgeError.invalid(input.diagnostics.sorted())
        }
        var trees: [Dimension: TaxonomyTree] = [:]
        var brokenByPlaces: [(node: String, key: String, place: YAMLNode)] = []
        if let version = top.first(where: { $0.name == schemaKey }) {
            if version.value.scalar?.decimalInteger != 1 {
                input.report(.unknownVersion(version.value.scalar?.text ?? version.value.kindDescription, key: schemaKey), version.value)
            }
        } else {
            input.report(.missingVersion(key: schemaKey), yaml.root)
        }
        let dimensionNames = Dimension.allCases.map(\.rawValue)
        for pair in top where pair.name != schemaKey {
            guard let dimension = Dimension(rawValue: pair.name) else {
                input.report(.unknownKey(pair.name, in: "a taxonomy file",
                                         suggestion: NearestKey.suggestion(for: pair.name, among: dimensionNames + [schemaKey])), pair.key)
                continue
            }
            guard let entries = pair.value.mapping else {
                input.report(.wrongType(field: pair.name, expected: "a mapping from node keys to their definitions",
                                        found: pair.value.kindDescription), pair.value)
                continue
            }
            var nodes: [TaxonomyNode] = []
            var known = Set(base?[dimension].nodes.map(\.key) ?? [])
            var depth: [String: Int] = [:]   // 1 for a root
            func depthOf(_ key: String) -> Int { depth[key] ?? (base?[dimension].ancestors(of: key).count).map { $0 + 1 } ?? 1 }
            for entry in entries {
                let key = entry.name
                guard entry.key.scalar.map({ !$0.text.isEmpty }) == true else {
                    input.report(.wrongType(field: pair.name, expected: "non-empty node keys", found: "an empty key"), entry.key)
                    continue
                }
                var node = TaxonomyNode(key: key)
                if entry.value.scalar?.resolved == .null {
                    // `key:` alone: a root with no phrases.
                } else if let fields = input.fields(entry.value, of: "taxonomy node '\(key)'", known: nodeKeys, required: []) {
                    if let parent = fields["parent"], let name = input.string(parent, field: "parent") {
                        if !known.contains(name) { input.report(.undefinedParent(name, of: key), parent) }
                        // Merging keeps the bundled parent, so a different one would be dropped unseen.
                        if let existing = base?[dimension].node(key), existing.parent != name {
                            input.report(.movedNode(key, parent: existing.parent), parent)
                        }
                        node.parent = name
                        // Only the first node too deep in its branch is named.
                        if known.contains(name), depthOf(name) == maximumDepth { input.report(.taxonomyTooDeep(key, limit: maximumDepth), parent) }
                    }
                    if let label = fields["label"], let text = input.string(label, field: "label") {
                        if text.isEmpty { input.report(.wrongType(field: "label", expected: "a non-empty string", found: "an empty string"), label) }
                        node.label = text
                    }
                    if let phrases = fields["phrases"] {
                        node.phrases = input.strings(phrases, field: "phrases")?.map(\.0) ?? []
                    }
                    if let brokenBy = fields["broken_by"] {
                        if dimension != .action { input.report(.brokenByOutsideActions, brokenBy) }
                        let entries = input.strings(brokenBy, field: "broken_by") ?? []
                        node.brokenBy = entries.map(\.0)
                        brokenByPlaces += entries.map { (key, $0.0, $0.1) }
                    }
                    if let byName = fields["permitted_by_name"] {
                        if dimension != .action { input.report(.actionFieldOutsideActions(field: "permitted_by_name"), byName) }
                        if let flag = input.bool(byName, field: "permitted_by_name") { node.permittedByName = flag }
                    }
                }
                known.insert(key)
                depth[key] = node.parent.map { depthOf($0) + 1 } ?? 1
                nodes.append(node)
            }
            trees[dimension] = TaxonomyTree(dimension: dimension, nodes: nodes)
        }
        // broken_by must name actions, of this file or the base.
        let actions = Set((base?[.action].nodes ?? []).map(\.key)).union(trees[.action]?.nodes.map(\.key) ?? [])
        for (node, key, place) in brokenByPlaces where !actions.contains(key) {
            input.report(.unknownBrokenBy(key, of: node), place)
        }
        guard input.diagnostics.isEmpty else { throw PledgeError.invalid(input.diagnostics.sorted()) }
        return Taxonomy(trees: trees)
    }
}
