import Pledge

/// The company's practice stated as a description of the data it handles: "The information we collect includes your
/// name and e-mail address", "The types of personal information we may collect include …", "Information collected
/// automatically may include your IP address", "The information you provide to us consists of …". The subject names
/// the data by the company's act on it (or the reader's giving it, which the company collects), and the verb
/// "include" lists what that data is: the company does that act with the data listed. The reading is that act's
/// predicate at "include", whose verb group takes in the whole subject; every other word of the clause is held to a
/// permission's guarantee as usual, and a list that may go on ("may include, but is not limited to") is read as the
/// items it names, which is narrower than the text, never wider.
///
/// A subject with any other word ("the information we share with advertisers", "the non-personal information we
/// collect", "the information they collect"), or a participle before its data ("the requested information"), is not
/// this form: it may limit or point elsewhere, and is left to the other readings.
enum DescribedCollection {
    /// The sentence's predicates with the act of a describing subject read at its "include".
    static func apply(to found: [Predicate], _ s: AnnotatedSentence) -> [Predicate] {
        guard let described = read(s) else { return found }
        var predicates = found.filter { !(0..<described.verbs.upperBound).contains($0.verbs.lowerBound) }
        predicates.append(described)
        return predicates.sorted { $0.verbs.lowerBound < $1.verbs.lowerBound }
    }

    static func read(_ s: AnnotatedSentence) -> Predicate? {
        guard let verb = s.tokens.indices.prefix(24).first(where: { includingVerbs.contains(s.word($0)) }) else { return nil }
        var group = VerbGroup()
        let end = group.walk(from: verb - 1, s)
        guard end > 0, group.mood != .hypothetical, let actions = act(of: 0..<(end + 1), s) else { return nil }
        // What the data is said to include follows at once: "include your name", "consist of the pages you visit".
        var object = verb + 1
        while Grammar.determiners.contains(s.word(object)) || listOpeners.contains(s.word(object)) { object += 1 }
        // ("your first and last name": the item may open with words of its own, which are read, or not, as any others.)
        guard s[.data].contains(where: { (object...object + 3).contains($0.range.lowerBound) }) else { return nil }
        // ("include, but are not limited to,": the words that open the list are the verb's.)
        return Predicate(actions: actions, verbs: verb..<object, groupStart: 0, subject: 0..<0, mood: group.mood,
                         negated: group.negated, passive: false, actor: .company, antecedent: nil)
    }

    /// The actions a subject such as "the types of information we collect" names, when every word of it describes
    /// data by one act of the company (or by the reader's giving it); nil otherwise.
    private static func act(of subject: Range<Int>, _ s: AnnotatedSentence) -> [String]? {
        var actions: [String]? = nil
        var namesData = false
        var actor: String? = nil
        var i = subject.lowerBound
        while i < subject.upperBound {
            let w = s.word(i)
            if let action = s[.action].first(where: { $0.range.lowerBound == i }) {
                // One act only: the company's ("we collect"), the reader's giving ("you provide"), or a participle's
                // ("collected automatically").
                let giving = actor == "you"
                guard actions == nil, action.range.upperBound <= subject.upperBound, !giving || Grammar.givingVerbs.contains(w) else { return nil }
                // "The requested information includes …": a participle before the data points to one act named before
                // (a survey's request), not to what the company does in general.
                if !namesData, actor == nil, w.hasSuffix("ed") { return nil }
                actions = giving ? ["collect"] : action.keys
                i = action.range.upperBound
                continue
            }
            if sourceWords.contains(w), ["you", "us"].contains(s.word(i + 1)) {
                i += 2
                continue
            }
            if Grammar.companyPronouns.contains(w) || w == "you" {
                guard actor == nil, actions == nil else { return nil }
                actor = w
            } else if Grammar.dataNouns.contains(w) || s[.data].contains(where: { $0.range.contains(i) }) {
                namesData = true
            } else if !(Grammar.determiners.contains(w) || kindWords.contains(w) || Grammar.relativePronouns.contains(w)
                        || Grammar.auxiliaries.contains(w) || Grammar.adverbs.contains(w)) {
                return nil
            }
            i += 1
        }
        return namesData ? actions : nil
    }

    /// "include", "consist of": the verbs that list what the data is. (Not "contain", said of messages and pages: "the
    /// e-mails we send contain web beacons".)
    private static let includingVerbs: Set<String> = ["include", "includes", "consist", "consists"]
    /// "consists of", "include, but are not limited to,": words between the verb and the first item.
    private static let listOpeners: Set<String> = ["of", ",", "but", "is", "are", "not", "limited", "to", "without", "limitation", "things", "like"]
    /// "the types of", "the kinds of", "categories of": the data named by its kinds.
    private static let kindWords: Set<String> = ["types", "type", "kinds", "kind", "categories", "category", "pieces", "piece", "of"]
    /// "from you", "about you", "by us", "to us": who the data comes from or goes to, when that is the reader or the company.
    private static let sourceWords: Set<String> = ["from", "about", "by", "to", "us", "with"]
}
