/// The closed-class English words the clause analysis reads structure from. Unlike
/// taxonomy phrases (what a policy talks about), these are grammar (how it says it),
/// so they live in code.
enum Grammar {
    static let permissive: Set<String> = ["may", "might", "can", "could"]
    static let obligating: Set<String> = ["will", "shall", "must"]
    /// Modals that make a sentence advice or a hypothesis, not a promise.
    static let hypothetical: Set<String> = ["would", "should"]
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being"]
    static let auxiliaries: Set<String> = permissive.union(obligating).union(hypothetical).union(beForms)
        .union(["do", "does", "did", "has", "have", "had", "get", "gets"])
    static let negations: Set<String> = ["not", "never", "nor", "neither"]
    /// Adverbs that may stand inside a verb group ("will not knowingly collect").
    static let adverbs: Set<String> = [
        "also", "only", "strictly", "automatically", "confidentially", "otherwise", "knowingly", "further",
        "directly", "generally", "currently", "always", "still", "periodically", "then", "actively",
        "voluntarily", "intentionally", "routinely", "internally", "securely", "ever", "regularly",
        "occasionally", "typically", "normally", "usually", "solely", "primarily", "immediately",
        "promptly", "permanently", "indefinitely", "publicly", "certainly", "naturally", "subsequently",
        "additionally", "likewise", "even", "both", "either", "fully", "not", "never",
    ]
    /// Words that open a noun phrase: an action word after one is a noun ("the use", "your use").
    static let determiners: Set<String> = [
        "the", "a", "an", "any", "our", "your", "their", "its", "his", "her", "such", "all", "other",
        "these", "those", "this", "that", "each", "every", "some", "no", "my", "them", "us", "you", "him", "me",
        "anyone", "anybody", "everyone", "others",
    ]
    /// Pronouns that name the company as the one acting.
    static let companyPronouns: Set<String> = ["we", "it", "i"]
    /// Pronouns that name the reader as the one acting.
    static let readerPronouns: Set<String> = ["you", "users", "user", "visitors", "customers", "subscribers"]
    /// Words that open an embedded clause: "how we use", "what we collect", "that we collect".
    static let embedders: Set<String> = ["how", "what", "that", "which", "whether", "why", "where", "who", "whom"]
    /// Prepositions: a capitalized one opening a sentence ("By using …") is not a company's name.
    static let prepositions: Set<String> = [
        "by", "in", "for", "with", "to", "on", "at", "from", "as", "of", "after", "before", "during", "under",
        "upon", "via", "through", "within", "without", "about", "regarding", "please", "if", "when", "once", "unless",
    ]
    /// Words after which a pronoun may open a main clause ("…, and we share", "if we").
    static let clauseOpeners: Set<String> = [
        "and", "but", "or", "so", "then", "thus", "therefore", "also", "however", "if", "when", "once", "unless",
        "whenever", "while", "because", "since", "although", "though", "as", "until", "before", "after", "upon",
    ]
    static let relativePronouns: Set<String> = ["which", "that", "who"]
    static let coordinators: Set<String> = [",", "or", "and", "and/or", "nor", "/"]
    /// Phrases that govern an infinitive as a permission: "reserves the right to use".
    static let permissionGovernors: [[String]] = [["right", "to"], ["permitted", "to"], ["allowed", "to"], ["entitled", "to"], ["free", "to"]]
    /// Phrases that govern an infinitive as a standing practice: "it is our policy (not) to send".
    static let practiceGovernors: Set<String> = ["policy", "practice", "commitment"]

    /// Openers of a condition on the promise, and whether the condition lifts it (unless) or enables it (if).
    static let conditionMarkers: [(words: [String], lifts: Bool)] = [
        (["unless"], true), (["without"], true), (["except", "when"], true), (["except", "if"], true),
        (["except", "as"], true), (["except", "where"], true), (["except", "to", "the", "extent"], true), (["until"], true),
        (["as", "long", "as"], false), (["where"], false),
        (["as", "described"], false), (["as", "set", "out"], false), (["as", "outlined"], false), (["as", "explained"], false),
        (["in", "the", "event", "of"], false), (["in", "the", "event", "that"], false), (["in", "the", "event"], false),
        (["in", "case", "of"], false), (["in", "case"], false), (["provided", "that"], false),
        (["if"], false), (["when"], false), (["whenever"], false), (["once"], false), (["upon"], false),
        (["after"], false), (["as", "part", "of"], false), (["should", "you"], false),
    ]
    /// "when you use our app", "while you visit the website": a condition that only restates
    /// what the whole policy governs, so it holds for every operation the rules judge.
    static let serviceUseVerbs: Set<String> = ["use", "visit", "access", "browse", "using", "visiting", "accessing", "browsing"]
    static let serviceNouns: Set<String> = ["site", "website", "web", "app", "application", "service", "services", "platform", "apps", "sites", "websites"]
    /// Openers of a purpose: what the processing is for.
    static let purposeMarkers: [[String]] = [
        ["for", "the", "purpose", "of"], ["for", "the", "purposes", "of"], ["for", "purposes", "of"],
        ["in", "order", "to"], ["so", "that"], ["so", "as", "to"], ["for"], ["to"],
    ]
    /// Words after "for" that open no purpose: time ("for as long as", "for a period"),
    /// examples, pronouns, and connectives.
    static let notPurposesAfterFor: Set<String> = [
        "example", "instance", "as", "long", "longer", "up", "more", "less", "period", "time", "duration",
        "while", "life", "term", "so", "which", "whom", "it", "them", "us", "you", "him", "her", "whatever",
        "ever", "now", "free", "what",
    ]
    /// Prepositions by which a noun takes a qualifier ("protections for …", "encryption on …");
    /// not "of", which names what a thing is made of ("copies of your data").
    static let thingPrepositions: Set<String> = ["for", "on", "against", "over", "around"]
    /// Openers of a topic: purposes named in it count, and so do data ("information about pages users visit").
    static let topicMarkers: Set<String> = ["regarding", "about", "concerning"]
    /// Openers of examples inside a noun phrase.
    static let exampleMarkers: [[String]] = [["such", "as"], ["including"], ["e.g"], ["for", "example"], ["for", "instance"], ["like"]]
    /// Sentence openers that negate the whole clause ("Under no circumstances will we …").
    static let negativeOpeners: [[String]] = [["under", "no", "circumstances"], ["in", "no", "event"], ["at", "no", "time"], ["in", "no", "case"]]
    /// Verbs that end what their gerund names ("stop sending", "cease processing").
    static let cessation: Set<String> = ["stop", "stops", "cease", "ceases", "discontinue", "discontinues"]
    /// Head nouns by which a sentence speaks of data, whether or not the taxonomy names which.
    static let dataNouns: Set<String> = ["information", "data", "records", "record", "details", "logs", "identifiers", "history", "files"]
    /// Words by which a condition says something is compelled ("where required to do so by law").
    static let compulsion: Set<String> = ["required", "compelled", "obliged", "obligated", "mandated", "requires", "require", "compel"]
    /// Words naming the law that compels it.
    static let lawWords: Set<String> = ["law", "laws", "regulation", "regulations", "statute", "statutes", "legislation", "court", "authorities"]
    /// Words for a notice the company promises before doing something.
    static let noticeWords: Set<String> = ["notice", "notification", "notify", "inform", "advance"]
    /// Words that offer the reader a choice ("the option to opt out").
    static let choiceWords: Set<String> = ["opportunity", "option", "choice", "right", "ability"]
    static let durationUnits: [String: String] = [
        "day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M", "year": "Y", "years": "Y",
    ]
    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30,
        "sixty": 60, "ninety": 90,
    ]
}
