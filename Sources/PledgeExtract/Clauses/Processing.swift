import Pledge

/// "We do not process your data for marketing", "We collect and process information about you only when we have a legal
/// basis": to process data is to do anything with it. A permission to process is read as use, the narrowest act it
/// surely names; a prohibition of processing forbids every act on the data — read as use alone, it would leave
/// collecting, keeping and passing the data on free.
enum Processing {
    static let verbs: Set<String> = ["process", "processes", "processed", "processing"]
    /// The acts every handling of data comes to.
    static let everyAct = ["collect", "use", "retain", "disclose"]

    /// The acts of a prohibition whose verb group says "process", with every act of handling added.
    static func acts(_ actions: [String], verbs: Range<Int>, _ s: AnnotatedSentence, effect: Effect) -> [String] {
        guard effect == .deny, verbs.contains(where: { Self.verbs.contains(s.word($0)) }) else { return actions }
        return actions + everyAct.filter { !actions.contains($0) }
    }
}
