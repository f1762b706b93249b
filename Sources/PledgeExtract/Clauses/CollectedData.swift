import Pledge

/// "We use cookies to collect your IP address", "we use cookies to collect and store information about your visits":
/// what a means is used to collect is the data of the collection, whose means (how it is collected) the rule does not
/// name. An analysis joined to the collection ("to track and analyze trends") says what it is for instead.
extension ClauseAnalyzer {
    enum Collected {
        /// The collection names no data of its own: the use of the means stands as read.
        case unread
        /// A permission whose collection is for an analysis the reading does not understand.
        case purposeNotUnderstood
        case data([String])
    }

    func collected(by chain: UseChain, _ collection: (actions: [String], verb: Int, span: Range<Int>), _ spans: ClauseSpans, effect: Effect,
                   anaphor: [String]?, _ s: AnnotatedSentence) -> Collected {
        var own = spans
        own.purposes.removeAll { $0 == collection.span }
        var collected = data(in: [collection.span], s, own, verbs: collection.verb..<(collection.verb + 1), effect: effect, anaphor: anaphor)
        // "to collect and store information about your visits": the data after the act joined to the collection.
        let joined = chain.verbJoinedToCollection(s)
        if collected.isEmpty, let j = joined, !Grammar.analysisVerbs.contains(s.word(j)) {
            let end = (j..<s.tokens.count).first { [",", ";", "."].contains(s.word($0)) } ?? s.tokens.count
            collected = data(in: [j + 1..<end], s, own, verbs: j..<(j + 1), effect: effect, anaphor: anaphor)
        }
        if collected.isEmpty { return effect == .allow && joined != nil ? .purposeNotUnderstood : .unread }
        return .data(collected)
    }
}
