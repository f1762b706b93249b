import Pledge

/// Reads a privacy policy's text and writes its promises as a ``PolicyDocument``.
public struct Extractor: Sendable {
    public let taxonomy: Taxonomy

    public init(taxonomy: Taxonomy = .standard) {
        self.taxonomy = taxonomy
    }

    /// Extracts the rules of one policy text.
    /// - Parameters:
    ///   - text: the policy, as Markdown, plain text or HTML.
    ///   - source: the text's path, for provenance and error messages.
    ///   - id: the policy's id (its folder name under `Policies/`).
    public func extract(text: String, source: String, id: String) throws -> PolicyDocument {
        throw PledgeError.invalid([Diagnostic("extraction is being built", at: SourceLocation(file: source))])
    }
}
