/// How a scope's action is read, by what the scope does. A prohibition of an act covers
/// every act under it ("we never share" forbids selling); a permission covers the acts
/// under it except those permitted only by name (`permitted_by_name` in the taxonomy:
/// "we may share" does not permit selling). An operation's action reads as a permission
/// does: the act it names, never a sale it does not name. Other dimensions read alike
/// either way.
enum ScopeReading: Sendable {
    /// A deny rule, a duty's breaking actions, and an allow rule's exception (a promise:
    /// where it holds, the permission's clause forbids).
    case prohibition
    /// An allow rule, a duty's own scope, and an exception to a deny or a duty (it permits
    /// what the prohibition forbade).
    case permission

    /// The reading of a rule's own scope.
    init(of effect: Effect) {
        self = effect == .deny ? .prohibition : .permission
    }

    /// The reading of an exception to a rule of this effect.
    init(exceptionTo effect: Effect) {
        self = effect == .allow ? .prohibition : .permission
    }

    /// The nodes a scope naming `key` covers in `tree`.
    func covered(by key: String, in tree: TaxonomyTree) -> [Int] {
        self == .permission && tree.dimension == .action ? tree.permittedIndices(of: key) : tree.subtreeIndices(of: key)
    }
}
