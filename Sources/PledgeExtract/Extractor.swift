import Pledge

/// Reads a privacy policy's text and writes its promises as a ``PolicyDocument``.
///
/// The pipeline: the text is read into blocks and sections (`Document/`), cut into
/// sentences (`Sentences/`), matched against the taxonomy's phrases (`Lexicon/`), and
/// each sentence's predicates are read into rules (`Clauses/`). Sentences that make a
/// promise the analysis cannot map are listed in `unmapped`. The same text always gives
/// the same document.
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
    /// - Throws: ``PledgeError/invalid(_:)`` for empty, binary or oversized text.
    public func extract(text: String, source: String, id: String) throws -> PolicyDocument {
        try PolicyInput.check(text, source: source)
        return document(LineEndings.normalized(text), bytes: Array(text.utf8), source: source, id: id)
    }

    /// Extracts the rules of a policy file's raw bytes, checking that they are UTF-8.
    /// - Throws: ``PledgeError/invalid(_:)`` naming the line and column of invalid UTF-8,
    ///   a NUL byte, or an empty or oversized text.
    public func extract(bytes: [UInt8], source: String, id: String) throws -> PolicyDocument {
        let text = try PolicyInput.decode(bytes, source: source)
        return document(LineEndings.normalized(text), bytes: bytes, source: source, id: id)
    }

    private func document(_ text: String, bytes: [UInt8], source: String, id: String) -> PolicyDocument {
        let outline = PolicyOutline(text: text)
        let sentences = SentenceReader.sentences(outline)
        let result = PolicyReader(taxonomy: taxonomy, title: outline.title).read(sentences)
        let metadata = PolicyMetadata(id: id, title: outline.title, effective: outline.effective, archived: outline.archived,
                                      source: source, sourceSHA256: SourceDigest.hex(bytes))
        let rules = RuleAssembler(taxonomy: taxonomy).rules(from: result.statements)
        // The purposes and facts stated in the policy's words that some rule names.
        var purposes: [String: StatedTerm] = [:], facts: [String: StatedTerm] = [:]
        for rule in rules {
            for key in (rule.scope.purpose ?? []) + rule.unless.flatMap({ $0.scope.purpose ?? [] }) {
                if let phrase = result.stated[key], phrase.dimension == .purpose { purposes[key] = phrase.term }
            }
            for key in rule.when + rule.unless.flatMap(\.when) {
                if let phrase = result.stated[key], phrase.dimension == .context { facts[key] = phrase.term }
            }
        }
        return PolicyDocument(policy: metadata, terms: result.terms, purposes: purposes, facts: facts, rules: rules,
                              unmapped: result.unmapped)
    }
}
