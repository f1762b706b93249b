import Yams

/// Reads a taxonomy file (`pledge-taxonomy: 1`): per dimension, a mapping from key to
/// `{parent, phrases, broken_by}`. Every problem is reported with its place.
enum TaxonomyFile {
    static let schemaKey = "pledge-taxonomy"

    /// - Parameter base: a taxonomy whose keys may serve as parents (for user extensions).
    static func parse(_ text: String, file: String, base: Taxonomy? = nil) throws -> Taxonomy {
        var diagnostics: [Diagnostic] = []
        func fail(_ message: String, _ node: Node?) {
            let mark = node?.mark
            diagnostics.append(Diagnostic(message, at: SourceLocation(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0)))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw PledgeError.invalid([Diagnostic("malformed YAML: \(error)", at: SourceLocation(file: file))])
        }
        guard let top = root?.mapping else {
            throw PledgeError.invalid([Diagnostic("a taxonomy file is a mapping with `\(schemaKey): 1`", at: SourceLocation(file: file, line: 1, column: 1))])
        }
        var trees: [Dimension: TaxonomyTree] = [:]
        var sawVersion = false
        for (keyNode, value) in top {
            guard let key = keyNode.string else { fail("keys must be strings", keyNode); continue }
            if key == schemaKey {
                sawVersion = true
                if value.int != 1 { fail("unknown taxonomy schema version '\(value.string ?? "")'; this Pledge reads version 1", value) }
                continue
            }
            guard let dimension = Dimension(rawValue: key) else {
                fail("unknown dimension '\(key)'; expected one of \(Dimension.allCases.map(\.rawValue).joined(separator: ", "))", keyNode)
                continue
            }
            guard let entries = value.mapping else { fail("'\(key)' must map node keys to their definitions", value); continue }
            var nodes: [TaxonomyNode] = []
            var known = Set(base?[dimension].nodes.map(\.key) ?? [])
            for (nodeKeyNode, definition) in entries {
                guard let nodeKey = nodeKeyNode.string, !nodeKey.isEmpty else { fail("node keys must be non-empty strings", nodeKeyNode); continue }
                if nodes.contains(where: { $0.key == nodeKey }) { fail("duplicate node '\(nodeKey)' in \(key)", nodeKeyNode); continue }
                var node = TaxonomyNode(key: nodeKey)
                if let fields = definition.mapping {
                    for (fieldNode, fieldValue) in fields {
                        switch fieldNode.string {
                        case "parent":
                            guard let parent = fieldValue.string else { fail("parent must be a key", fieldValue); continue }
                            if !known.contains(parent) { fail("parent '\(parent)' of '\(nodeKey)' is not defined before it", fieldValue) }
                            node.parent = parent
                        case "phrases":
                            node.phrases = strings(fieldValue, "phrases", fail)
                        case "broken_by" where dimension == .action:
                            node.brokenBy = strings(fieldValue, "broken_by", fail)
                        default:
                            fail("unknown key '\(fieldNode.string ?? "")' in taxonomy node '\(nodeKey)'", fieldNode)
                        }
                    }
                } else if !(definition.null != nil || definition.string == "") {
                    fail("node '\(nodeKey)' must be a mapping", definition)
                }
                known.insert(nodeKey)
                nodes.append(node)
            }
            trees[dimension] = TaxonomyTree(dimension: dimension, nodes: nodes)
        }
        if !sawVersion { fail("missing `\(schemaKey): 1`", root) }
        // broken_by must name actions.
        let actions = Set((base?[.action].nodes ?? []).map(\.key)).union(trees[.action]?.nodes.map(\.key) ?? [])
        for node in trees[.action]?.nodes ?? [] {
            for key in node.brokenBy where !actions.contains(key) {
                diagnostics.append(Diagnostic("broken_by of '\(node.key)' names unknown action '\(key)'", at: SourceLocation(file: file)))
            }
        }
        if !diagnostics.isEmpty { throw PledgeError.invalid(diagnostics) }
        return Taxonomy(trees: trees)
    }

    private static func strings(_ node: Node, _ field: String, _ fail: (String, Node?) -> Void) -> [String] {
        guard let sequence = node.sequence else { fail("\(field) must be a list of strings", node); return [] }
        return sequence.compactMap { item in
            guard let s = item.string else { fail("\(field) entries must be strings", item); return nil }
            return s
        }
    }
}
