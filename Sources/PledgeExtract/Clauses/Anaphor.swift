import Pledge

/// What "such information", "this information" or "the information gathered" refers to: the data of the sentence
/// before (or of the section's heading), read twice. A permission takes the narrow reading (the most specific kinds,
/// the means it names), a prohibition the broad one (the head it names, no means): each errs toward deny, so that
/// "information you send us by e-mail … we will not sell this information" forbids selling what was sent, not only the
/// e-mail address.
///
/// "We collect non-personally identifiable information … We may disclose this information to advertisers": the
/// identifiability the sentence before gave its data limits a permission that points back to it too (a prohibition
/// keeps its own, broader reading).
struct Anaphor: Sendable, Equatable {
    var permitting: [String]
    var prohibiting: [String]
    /// The levels the data was named with ("non-personally identifiable": anonymized), none when it identifies.
    var identifiability: [String] = []

    init(permitting: [String], prohibiting: [String], identifiability: [String] = []) {
        self.permitting = permitting
        self.prohibiting = prohibiting.isEmpty ? permitting : prohibiting
        // Beside a level that identifies no one, "identified" is a word of another phrase ("to identify popular pages");
        // a permission read with the narrower level alone errs toward deny.
        self.identifiability = identifiability.filter { $0 != "identified" }
    }

    func keys(for effect: Effect) -> [String] { effect == .allow ? permitting : prohibiting }
}
