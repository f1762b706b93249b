import Pledge

/// "* Research and development. The user is allowed to opt-out of this usage.", "* Profiling. The user must opt-in to
/// this usage.": a choice that points back to the practice of the sentence before it in its paragraph (most often a list
/// item) qualifies that practice's permissions and no other: an opt-out lifts them once the reader has opted out, an
/// opt-in lets them hold only with the reader's consent. Read apart, the permissions would hold without the choice.
enum PointedChoice {
    enum Kind: Sendable { case optOut, optIn }

    /// The choice the sentence offers over the practice it points back to ("of this usage", "to such use"), if any.
    static func kind(of s: AnnotatedSentence) -> Kind? {
        for m in s[.context] where m.keys.contains("opted_out") || m.keys.contains("consent") {
            let next = m.range.upperBound
            guard ["of", "to", "from", "for"].contains(s.word(next)), ["this", "that", "these", "those", "such"].contains(s.word(next + 1)),
                  Grammar.practiceNouns.contains(s.word(next + 2)) || ["use", "uses", "practice", "practices"].contains(s.word(next + 2))
            else { continue }
            if m.keys.contains("opted_out") { return .optOut }
            // "must opt-in to this usage": a choice the reader makes; "you consent to this use" is one said to be made.
            if s.text(m.range).lowercased().hasPrefix("opt") { return .optIn }
        }
        return nil
    }

    /// Qualifies the permissions of `previous` (the sentence before, in the same paragraph) with the choice `s` offers;
    /// false when there is none to qualify.
    static func qualify(_ previous: inout SentenceReading, with kind: Kind, _ s: AnnotatedSentence) -> Bool {
        let permissions = previous.statements.indices.filter {
            previous.statements[$0].effect == .allow && previous.statements[$0].sentence.block == s.sentence.block
        }
        guard !permissions.isEmpty else { return false }
        for i in permissions {
            switch kind {
            case .optOut:
                if !previous.statements[i].obligations.contains(s.sentence.text) { previous.statements[i].obligations.append(s.sentence.text) }
                if !previous.statements[i].unless.contains(where: { $0.when == ["opted_out"] }) {
                    previous.statements[i].unless.append(Exception(when: ["opted_out"], source: s.sentence.provenance))
                }
            case .optIn:
                if !previous.statements[i].when.contains("consent") { previous.statements[i].when.append("consent") }
            }
        }
        return true
    }
}
