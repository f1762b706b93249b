import Pledge

/// One promise read from a sentence, before it becomes a ``Rule``: what the analysis
/// understood, in taxonomy keys.
struct Statement: Sendable, Hashable {
    var effect: Effect
    var actions: [String]
    var data: [String]
    var recipients: [String] = []
    var purposes: [String] = []
    /// "use your e-mail address to contact you about new products and to improve our services": the purposes of the contact
    /// a use names, when its infinitive names its own (``UseChain``); the other purposes are the use's alone. Empty when
    /// what the contact is about is not understood: no contact is then permitted.
    var contactPurposes: [String]? = nil
    var identifiability: [String] = []
    /// Facts that must all hold.
    var when: [String] = []
    /// Facts of which any one suffices: one rule is written per alternative.
    var alternatives: [String] = []
    var unless: [Exception] = []
    var obligations: [String] = []
    var retention: RetentionLimit? = nil
    /// "Except as described in this policy": the policy's own permissions within the prohibition are its exceptions
    /// (``CrossReferencedExceptions``).
    var exceptAsDescribed = false
    /// The words of its sentence read as purposes or facts in the policy's own words (``StatedPhrase``).
    var statedRanges: [Range<Int>] = []
    var sentence: Sentence

    var provenance: Provenance { sentence.provenance }
}

/// What the analysis made of one sentence: its statements, or why a normative sentence
/// yielded none.
struct SentenceReading: Sendable {
    var statements: [Statement] = []
    /// Set when the sentence makes a promise (a modal or negation with a data-practice verb)
    /// that could not be mapped.
    var gap: String? = nil
    /// Set when part of what the sentence says was lost even though rules were read from it:
    /// a permission dropped for an unknown condition or purpose, or a prohibition or duty
    /// kept without a condition it could not read. The sentence is listed for review.
    var loss: String? = nil
    /// The data the sentence spoke of, for anaphora in the sentences that follow ("such information").
    var data: [String] = []
    /// The same data as a prohibition reads it (``Anaphor``).
    var broadData: [String] = []
    /// The identifiability the sentence names its data with, for a practice that states none ("The non-personally
    /// identifiable information we collect helps us …").
    var dataIdentifiability: [String] = []
    /// "provide notice before …": the obligation text, for the predicate it precedes.
    var notice: String? = nil
    /// Purposes and facts its statements name in the policy's own words.
    var stated: [StatedPhrase] = []
}

extension SentenceReading {
    /// Records `problem` as why nothing was read and as what was lost, unless either is already told.
    mutating func note(_ problem: String) {
        gap = gap ?? problem
        loss = loss ?? problem
    }

    /// Withdraws the permissions read, whose limits `problem` says are not read with them: the sentence is listed, with
    /// the problem as why nothing was read (when nothing is left) or as what was lost.
    mutating func withdrawPermissions(because problem: String) {
        statements.removeAll { $0.effect == .allow }
        if statements.isEmpty { gap = problem } else { loss = loss ?? problem }
    }
}
