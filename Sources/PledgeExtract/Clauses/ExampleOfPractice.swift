import Pledge

/// "We may share the information we gather with partner sites. For example, we may share information to verify our
/// rights." A sentence that opens with an example marker gives a case of the practice of the sentence before: a
/// disclosure it permits with no recipient of its own goes to that practice's recipients. When the sentence before
/// names none (or permits no disclosure), the example's permission is not written: alone, it would allow the disclosure
/// to anyone.
enum ExampleOfPractice {
    static func apply(_ readings: inout [Int: SentenceReading], _ sentences: [AnnotatedSentence], taxonomy: Taxonomy) {
        let acts = taxonomy[.action]
        let isDisclosure = { (statement: Statement) in
            statement.effect == .allow && statement.recipients.isEmpty && statement.actions.allSatisfy { acts.covers("disclose", $0) }
        }
        for (i, reading) in readings.sorted(by: { $0.key < $1.key }) where opensWithExample(sentences[i]) && reading.statements.contains(where: isDisclosure) {
            var example = reading
            let before = i > 0 && sentences[i - 1].sentence.block == sentences[i].sentence.block ? readings[i - 1] : nil
            let disclosures = (before?.statements ?? []).filter { $0.effect == .allow && $0.actions.contains { acts.covers("disclose", $0) } }
            let recipients = disclosures.first?.recipients ?? []
            if !recipients.isEmpty, disclosures.allSatisfy({ $0.recipients == recipients }) {
                for k in example.statements.indices where isDisclosure(example.statements[k]) { example.statements[k].recipients = recipients }
            } else {
                example.statements.removeAll(where: isDisclosure)
                let problem = "an example of the practice of the sentence before; the recipient it discloses to is not read with it"
                if example.statements.isEmpty { example.gap = problem } else { example.loss = example.loss ?? problem }
            }
            readings[i] = example
        }
    }

    /// "For example, …", "For instance, …", "E.g. …", after an opening connective.
    static func opensWithExample(_ s: AnnotatedSentence) -> Bool {
        let i = NeighbourLimit.afterConnectives(s)
        return [["for", "example"], ["for", "instance"], ["e.g"], ["e", ".", "g"]].contains { s.has($0, at: i) }
    }
}
