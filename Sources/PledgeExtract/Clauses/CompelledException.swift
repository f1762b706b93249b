import Pledge

/// "We do not sell or transfer your personal information to outside parties. … We may also release your information
/// when we believe release is appropriate to comply with the law." A disclosure the policy makes when the law, a court,
/// fraud, a danger or a breach of its terms calls for it is whole in itself, and where a prohibition earlier in its
/// section forbids it, it is that prohibition's exception: kept apart, the prohibition would override what the policy
/// expressly allows. Only what the two have in common is carved out, with the permission's own occasion
/// (``CrossReferencedExceptions``), so the prohibition still binds every operation that does not claim it.
enum CompelledException {
    /// The occasions that call for a disclosure whatever the policy otherwise promises.
    static let occasions: Set<String> = ["legal_process", "subpoena", "discovery_request", "fraud", "security_incident", "terms_violation"]

    /// Whether a statement holds only on such occasions.
    static func answers(_ statement: Statement) -> Bool {
        let facts = statement.when + statement.alternatives
        return !facts.isEmpty && facts.allSatisfy(occasions.contains)
    }

    static func apply(_ readings: inout [Int: SentenceReading], _ sentences: [AnnotatedSentence], taxonomy: Taxonomy) {
        let order = readings.keys.sorted()
        for i in order where readings[i]!.statements.contains(where: { $0.effect == .deny }) {
            let section = sentences[i].sentence.section
            let compelled = order.filter { $0 > i && sentences[$0].sentence.section == section }.flatMap { j in
                readings[j]!.statements.filter { $0.effect == .allow && $0.unless.isEmpty && answers($0) }
            }
            guard !compelled.isEmpty, var excepted = readings[i] else { continue }
            CrossReferencedExceptions.carve(&excepted, by: compelled, taxonomy: taxonomy)
            readings[i] = excepted
        }
    }
}
