import Pledge

/// A section that states exceptions to the whole policy ("Exceptions to our Privacy
/// Policy: 1. If a governmental agency … subpoenas …") qualifies every prohibition it
/// speaks to, not only the nearest sentence: each item becomes an `unless:` entry of each
/// prohibition of disclosure whose recipients overlap the item's.
enum PolicyExceptions {
    /// The exceptions the section states, and the sentences it consumed.
    static func read(_ sentences: [AnnotatedSentence], taxonomy: Taxonomy) -> (exceptions: [Exception], consumed: Set<Int>) {
        var exceptions: [Exception] = []
        var consumed = Set<Int>()
        for (index, s) in sentences.enumerated() {
            guard let section = s.sentence.section?.lowercased(), section.contains("exception") else { continue }
            let facts = ClauseSpans.facts(in: 0..<s.tokens.count, of: s, taxonomy: taxonomy)
            // "If you prefer not to receive catalogs, please contact us": the reader's opting out lifts no prohibition; the
            // sentence is an offer, read as any other.
            if facts.contains("opted_out") { continue }
            consumed.insert(index)
            guard !facts.isEmpty else { continue }
            var recipients: [String] = []
            for m in s[.recipient] {
                for k in m.keys where taxonomy[.recipient].covers("third_party", k) && !recipients.contains(k) { recipients.append(k) }
            }
            let source = s.sentence.provenance
            // The same exception stated twice is one exception (the first statement is quoted).
            for fact in facts where !exceptions.contains(where: { $0.when == [fact] && $0.scope.recipient == (recipients.isEmpty ? nil : recipients) }) {
                exceptions.append(Exception(scope: Scope(recipient: recipients.isEmpty ? nil : recipients), when: [fact], source: source))
            }
        }
        return (exceptions, consumed)
    }

    /// Adds the exceptions to each prohibition of disclosure they speak to.
    static func apply(_ exceptions: [Exception], to statements: inout [Statement], taxonomy: Taxonomy) {
        let actions = taxonomy[.action], recipients = taxonomy[.recipient]
        for i in statements.indices where statements[i].effect == .deny {
            guard statements[i].actions.allSatisfy({ actions.covers("disclose", $0) }) else { continue }
            for e in exceptions {
                let theirs = e.scope.recipient ?? []
                let ours = statements[i].recipients
                let overlaps = ours.isEmpty || theirs.isEmpty
                    || ours.contains { o in theirs.contains { recipients.covers(o, $0) || recipients.covers($0, o) } }
                if overlaps, !statements[i].unless.contains(e) { statements[i].unless.append(e) }
            }
        }
    }
}
