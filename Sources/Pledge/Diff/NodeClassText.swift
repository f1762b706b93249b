extension NodeClass {
    /// The class in words: its coarsest nodes, each with the nodes cut out of it
    /// (`user (except user.contact)`), or `any` for the whole tree.
    func text(in tree: TaxonomyTree) -> String {
        guard nodes.count < tree.nodes.count else { return "any" }
        let members = Set(nodes)
        func index(_ key: String?) -> Int? { key.flatMap { tree.index(of: $0) } }
        let tops = nodes.filter { index(tree.nodes[$0].parent).map { !members.contains($0) } ?? true }
        return tops.map { top in
            let key = tree.nodes[top].key
            let cut = tree.subtree(of: key).filter { k in
                guard let i = tree.index(of: k), !members.contains(i), let p = index(tree.node(k)?.parent) else { return false }
                return members.contains(p)
            }
            return cut.isEmpty ? key : "\(key) (except \(cut.joined(separator: ", ")))"
        }.joined(separator: ", ")
    }
}
