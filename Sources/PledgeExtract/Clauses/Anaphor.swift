import Pledge

/// What "such information", "this information" or "the information gathered" refers to: the data of the sentence
/// before (or of the section's heading), read twice. A permission takes the narrow reading (the most specific kinds,
/// the means it names), a prohibition the broad one (the head it names, no means): each errs toward deny, so that
/// "information you send us by e-mail … we will not sell this information" forbids selling what was sent, not only the
/// e-mail address.
struct Anaphor: Sendable, Equatable {
    var permitting: [String]
    var prohibiting: [String]

    init(permitting: [String], prohibiting: [String]) {
        self.permitting = permitting
        self.prohibiting = prohibiting.isEmpty ? permitting : prohibiting
    }

    /// A heading's data, the same for both.
    init(_ keys: [String]) { self.init(permitting: keys, prohibiting: keys) }

    func keys(for effect: Effect) -> [String] { effect == .allow ? permitting : prohibiting }
}
