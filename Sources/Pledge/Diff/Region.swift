/// The nodes of one dimension that every scope in play treats alike.
struct NodeClass: Sendable, Hashable {
    /// Node indices, in taxonomy order (a parent before its children).
    var nodes: [Int]
    /// The node a witness operation names for this class.
    var witness: Int
    /// True when the witness's whole subtree lies in the class, so that an operation
    /// naming it (which stands for its descendants too) stays inside the region.
    var isolated: Bool
}

/// One cell of the operation space: a class per scoped dimension, a retention interval
/// (for `retain`) and a combination of context facts. Every rule of the policies the
/// partition was cut from decides every atom of a region the same way.
struct Region: Sendable {
    /// Indexed like `Dimension.scoped`.
    var classes: [NodeClass]
    /// Whether the action is `retain`, so that the retention sample matters.
    var retains: Bool
    /// The duration an operation in this region keeps data; nil: indefinitely.
    var retention: ISODuration?
    /// The context facts (node indices) that hold. A named fact stands for itself and its
    /// ancestors, never for its descendants, so the facts are always exact.
    var context: [Int]

    /// The witness atom's keys, for ``Engine/evaluate(atom:context:retention:)``.
    func atom(in taxonomy: Taxonomy) -> Atom {
        Atom(scopedKeys: zip(Dimension.scoped, classes).map { taxonomy[$0].nodes[$1.witness].key })
    }

    func contextKeys(in taxonomy: Taxonomy) -> [String] {
        context.map { taxonomy[.context].nodes[$0].key }
    }

    /// A concrete operation inside the region (exactly so when ``isolated``).
    func witness(in taxonomy: Taxonomy) -> Operation {
        let atom = atom(in: taxonomy)
        // Every purpose alike: say so, as an operation that names no purpose (any purpose).
        let purpose = anyPurpose(in: taxonomy) ? nil : atom.purpose
        return Operation(action: atom.action, data: [atom.data], recipient: atom.recipient, purpose: purpose,
                         identifiability: atom.identifiability, context: contextKeys(in: taxonomy),
                         retention: retains ? retention : nil)
    }

    /// Whether the region spans every purpose.
    func anyPurpose(in taxonomy: Taxonomy) -> Bool { classes[2].nodes.count == taxonomy[.purpose].nodes.count }

    /// Whether the witness operation covers no atom outside this region.
    var isolated: Bool { classes.allSatisfy(\.isolated) }
}
