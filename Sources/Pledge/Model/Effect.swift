/// What a rule says about the operations in its scope.
public enum Effect: String, Sendable, Codable, CaseIterable {
    /// The policy permits it ("we may share aggregate data").
    case allow
    /// The policy forbids it ("we will not sell your e-mail address").
    case deny
    /// The policy promises to do it ("we will delete your Registration Data once the
    /// account is cancelled"). Doing it is allowed; an operation that breaks the duty
    /// (per the taxonomy's `broken_by`) is denied.
    case require
}
