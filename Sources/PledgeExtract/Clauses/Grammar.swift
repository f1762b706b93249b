/// The closed-class English words and cue phrases the clause analysis reads structure
/// from. Unlike taxonomy phrases (what a policy talks about), these are grammar (how it
/// says it). They live in `Resources/grammar.yaml`, where a reviewer extends them; this is
/// the typed view the analysis reads.
enum Grammar {
    /// The word classes the analysis asks `grammar.yaml` for.
    static let wordClasses = [
        "permissive", "obligating", "hypothetical", "be-forms", "auxiliaries", "negations", "adverbs", "determiners",
        "company-pronouns", "reader-pronouns", "embedders", "prepositions", "clause-openers", "relative-pronouns",
        "coordinators", "practice-governors", "service-use-verbs", "service-nouns", "not-purposes-after-for",
        "thing-prepositions", "topic-markers", "cessation", "data-nouns", "compulsion", "law-words", "notice-words",
        "choice-words", "choice-nouns", "taking-time-verbs", "marketing-verbs", "protected-interests", "exclusive", "neutral", "meta-verbs", "meta-nouns", "definition-verbs", "title-words", "identity-words", "retention-words", "circumstance-words", "change-verbs", "guardian-words", "safeguard-words", "exception-words", "reaching-notice-verbs", "posted-notice-verbs",
        "person-nouns", "excess-words", "need-words", "disclaimer-verbs", "practice-nouns", "event-facts", "event-verbs", "party-nouns",
        "giving-verbs", "entering-verbs", "giving-governors", "requesting-verbs", "requiring-verbs", "listed-use-verbs", "contest-purpose-words", "list-opening-ends", "pointed-purpose-openings", "sequence-words", "irregular-participles", "means-nouns", "permitting-verbs", "time-words", "reference-verbs", "reference-places", "browser-choice-verbs", "purpose-giving-verbs",
        "list-references", "quantity-words", "intention-verbs", "purpose-nouns", "other-pronouns", "obtaining-verbs", "pointing-words", "request-markers",
        "reader-right-verbs", "stated-exception-markers", "owned-condition-markers", "exclusion-nouns", "partial-quantifiers", "opinion-verbs", "offering-verbs", "hedges",
        "other-purpose-words", "unaffiliated", "placement-verbs", "offered-means", "enabling-verbs", "qualifying-participles", "qualifier-prepositions",
        "prepositional-to-heads", "storage-media", "data-reaching-verbs", "analysis-verbs", "company-suffixes", "linking-verbs", "providing-verbs", "practice-noun-forms", "expiry-verbs",
        "subordinators", "named-things", "member-qualifier-openers", "member-qualifier-words", "knowing-verbs",
    ]
    /// The phrase classes the analysis asks `grammar.yaml` for.
    static let phraseClasses = [
        "permission-governors", "negative-openers", "purpose-markers", "example-markers",
        "lifting-conditions", "enabling-conditions", "neutral-phrases", "device-places", "exception-phrases", "no-one", "universal-purposes",
        "reason-markers", "asides", "group-asides", "pointed-scopes", "unstated-conditions", "exclusion-verbs", "hedge-phrases", "concessive-openers", "minor-age-openers", "age-openers", "age-closers", "minor-age-closers", "age-closers-other",
        "group-times", "attention-leads", "co-actor-openers", "choice-bound-markers",
    ]

    /// The bundled grammar. Loading it cannot fail unless the package is broken, which its tests catch.
    static let file: GrammarFile = {
        do { return try GrammarFile.bundled() } catch { preconditionFailure("the bundled grammar.yaml is invalid: \(error)") }
    }()

    private static func words(_ name: String) -> Set<String> { file.words[name] ?? [] }
    private static func phrases(_ name: String) -> [[String]] { file.phrases[name] ?? [] }

    static let permissive = words("permissive")
    static let obligating = words("obligating")
    /// Modals that make a sentence advice or a hypothesis, not a promise.
    static let hypothetical = words("hypothetical")
    static let beForms = words("be-forms")
    static let auxiliaries = permissive.union(obligating).union(hypothetical).union(beForms).union(words("auxiliaries"))
    static let negations = words("negations")
    /// "Please note that", "you should be aware that": the reader asked to attend to what follows.
    static let attentionLeads = phrases("attention-leads")
    /// "We, as well as other companies, use …": openers of others named beside the company as the ones acting.
    static let coActorOpeners = phrases("co-actor-openers")
    /// Adverbs that may stand inside a verb group ("will not knowingly collect").
    static let adverbs = words("adverbs")
    /// Words that open a noun phrase: an action word after one is a noun ("the use", "your use").
    static let determiners = words("determiners")
    /// Pronouns that name the company as the one acting.
    static let companyPronouns = words("company-pronouns")
    /// Pronouns that name the reader as the one acting.
    static let readerPronouns = words("reader-pronouns")
    /// Words that open an embedded clause: "how we use", "what we collect", "that we collect".
    static let embedders = words("embedders")
    /// Prepositions: a capitalized one opening a sentence ("By using …") is not a company's name.
    static let prepositions = words("prepositions")
    /// Words after which a pronoun may open a main clause ("…, and we share", "if we").
    static let clauseOpeners = words("clause-openers")
    static let subordinators = words("subordinators")
    static let relativePronouns = words("relative-pronouns")
    static let coordinators = words("coordinators")
    /// Phrases that govern an infinitive as a permission: "reserves the right to use".
    static let permissionGovernors = phrases("permission-governors")
    /// Phrases that govern an infinitive as a standing practice: "it is our policy (not) to send".
    static let practiceGovernors = words("practice-governors")
    /// Openers of a condition on the promise, and whether the condition lifts it (unless) or enables it (if);
    /// longer openers first, so "except when" is found before "when".
    /// Condition openers whose words are never kept as a fact of the policy's own: a time, a reference to the policy.
    static let unstatedConditions = phrases("unstated-conditions")
    static let conditionMarkers: [(words: [String], lifts: Bool)] =
        (phrases("lifting-conditions").map { ($0, true) } + phrases("enabling-conditions").map { ($0, false) })
            .enumerated().sorted { ($0.element.0.count, -$0.offset) > ($1.element.0.count, -$1.offset) }.map(\.element)
    /// "when you use our app", "while you visit the website": a condition that only restates
    /// what the whole policy governs, so it holds for every operation the rules judge.
    static let serviceUseVerbs = words("service-use-verbs")
    static let serviceNouns = words("service-nouns")
    /// Openers of a purpose: what the processing is for, longer first.
    static let purposeMarkers = phrases("purpose-markers").sorted { $0.count > $1.count }
    /// "from time to time", "prior to": words before which "to" opens no purpose.
    static let prepositionalToHeads = words("prepositional-to-heads")
    /// "stored to disk": media data is put on, a bare noun after "to" that opens no purpose.
    static let storageMedia = words("storage-media")
    /// "to access your personal information": verbs of getting at data no action names.
    static let dataReachingVerbs = words("data-reaching-verbs")
    /// "we analyze your activity": verbs whose act is analysis.
    static let analysisVerbs = words("analysis-verbs")
    /// "Inc", "LLC": legal forms that end a company's name.
    static let companySuffixes = words("company-suffixes")
    /// "linked", "combine": verbs that join data with other data.
    static let linkingVerbs = words("linking-verbs")
    /// "provide", "deliver": verbs by which the company runs its service.
    static let providingVerbs = words("providing-verbs")
    /// Words after "for" that open no purpose: time, examples, pronouns, and connectives.
    static let notPurposesAfterFor = words("not-purposes-after-for")
    /// Prepositions by which a noun takes a qualifier ("protections for …"); not "of".
    static let thingPrepositions = words("thing-prepositions")
    /// Openers of a topic: purposes named in it count, and so do data ("information about pages users visit").
    static let topicMarkers = words("topic-markers")
    /// Openers of examples inside a noun phrase.
    static let exampleMarkers = phrases("example-markers")
    /// Sentence openers that negate the whole clause ("Under no circumstances will we …").
    static let negativeOpeners = phrases("negative-openers")
    /// Verbs that end what their gerund names ("stop sending", "cease processing").
    static let cessation = words("cessation")
    /// Head nouns by which a sentence speaks of data, whether or not the taxonomy names which.
    static let dataNouns = words("data-nouns")
    /// Words by which a condition says something is compelled ("where required to do so by law").
    static let compulsion = words("compulsion")
    /// Words naming the law that compels it.
    static let lawWords = words("law-words")
    /// Words for a notice the company promises before doing something.
    static let noticeWords = words("notice-words")
    /// Words that offer the reader a choice ("the option to opt out").
    static let choiceWords = words("choice-words")
    /// "the rights, property or safety of our users": what is protected of the parties named after it.
    static let protectedInterests = words("protected-interests")
    /// "We may market to you": verbs whose act is marketing.
    static let marketingVerbs = words("marketing-verbs")
    /// "please allow 4 – 6 weeks", "it may take 10 days": verbs by which a duration is the time an act takes.
    static let takingTimeVerbs = words("taking-time-verbs")
    /// "consistent with your choices": openers by which what the reader chose bounds a promise, and the nouns of choice.
    static let choiceBoundMarkers = phrases("choice-bound-markers")
    static let choiceNouns = words("choice-nouns")
    /// "we will typically notify you": adverbs that make a promise what the company usually does, not what it will do.
    static let hedges = words("hedges")
    /// "in some cases", "where appropriate": a promise that holds only in cases the text does not name.
    static let hedgePhrases = phrases("hedge-phrases")
    /// "and, when necessary, …": the words opening a qualifier inside a list of examples, and the words of need after them.
    static let memberQualifierOpeners = words("member-qualifier-openers")
    static let memberQualifierWords = words("member-qualifier-words")
    /// "to determine if you are logged in": verbs after which "if" asks rather than opens a condition.
    static let knowingVerbs = words("knowing-verbs")
    /// "without offering an opt-out": verbs by which a choice is offered, not made.
    static let offeringVerbs = words("offering-verbs")
    /// Words that make a limit exclusive ("only with your consent").
    static let exclusive = words("exclusive")
    /// Phrases that change nothing a permission says (a legal basis).
    static let neutralPhrases = phrases("neutral-phrases")
    /// "on your computer": where a cookie is put, which says nothing more of cookie data.
    static let devicePlaces = phrases("device-places")
    /// Words that change nothing a permission says; every other word of its clause must be read by a role.
    static let neutral = words("neutral")
    /// "the following purposes", "these reasons": a word that points to purposes listed elsewhere.
    static let listReferences = words("list-references")
    static let quantityWords = words("quantity-words")
    static let intentionVerbs = words("intention-verbs")
    /// The nouns a purpose is referred to by ("purposes", "reasons", "ways").
    static let purposeNouns = words("purpose-nouns")
    /// "for any other purpose", "for secondary purposes": purposes other than those stated (``OtherPurposes``).
    static let otherPurposeWords = words("other-purpose-words")
    /// "non-affiliated third parties": parties named by their lack of affiliation (``UnaffiliatedParties``).
    static let unaffiliated = words("unaffiliated")
    /// "We place cookies on your computer": verbs by which a cookie is put on the reader's device, a use of cookies.
    static let placementVerbs = words("placement-verbs")
    /// "a way to", "the ability to": what the reader is offered, before the act it lets the reader do.
    static let offeredMeans = words("offered-means")
    /// "Cookies allow us to collect …": verbs by which a means lets the company act.
    static let enablingVerbs = words("enabling-verbs")
    /// "information collected during giveaways": a clause on the data (``DataQualifier``).
    static let qualifyingParticiples = words("qualifying-participles")
    static let qualifierPrepositions = words("qualifier-prepositions")
    /// "in this process", "in doing so": a scope that points back to a process named before (``PointedScope``).
    static let pointedScopes = phrases("pointed-scopes")
    /// Pronouns for parties other than the company ("they", "he"): never the company acting.
    static let otherPronouns = words("other-pronouns")
    /// "the products you bought": verbs of the reader obtaining a thing, which then names the service, not an offer.
    static let obtainingVerbs = words("obtaining-verbs")
    /// "these companies", "such partners": words that point back to parties named before.
    static let pointingWords = words("pointing-words")
    /// The pointing words and "this", "that": what, before a noun, points back to one named before ("this information",
    /// "that address"). ("this" and "that" alone are no pointing words: "that" also opens a clause.)
    static let pointingBack = pointingWords.union(["this", "that"])
    /// "unless we tell you first": the markers of a prohibition's exception whose words name what lifts it, so that it
    /// may be kept in the policy's own words ("without …" names what must not hold, and is not one).
    static let statedExceptionMarkers = words("stated-exception-markers")
    /// "If we learn that a user is a child, we will not …": the markers of a condition a prohibition or a duty keeps in
    /// the policy's own words (it binds when the condition holds).
    static let ownedConditionMarkers = words("owned-condition-markers")
    /// "This restriction does not include …": the nouns that name a prohibition the sentence before made.
    static let exclusionNouns = words("exclusion-nouns")
    /// "certain information", "some types of data": part of the data, which part unsaid.
    static let partialQuantifiers = words("partial-quantifiers")
    /// "and believe that …", "and encourage parents to …": a clause of opinion or advice of its own.
    static let opinionVerbs = words("opinion-verbs")
    /// "… does not include / apply to / cover …": what a prohibition leaves out.
    static let exclusionVerbs = phrases("exclusion-verbs")
    /// "you can review and correct your information": what the reader may do with their own data.
    static let readerRightVerbs = words("reader-right-verbs")
    /// "please contact us", "feel free to contact us": the reader is asked to act.
    static let requestMarkers = words("request-markers")
    /// Verbs and nouns by which a sentence speaks of the policy itself ("This policy explains …").
    static let metaVerbs = words("meta-verbs")
    static let metaNouns = words("meta-nouns")
    /// Verbs by which a sentence defines a term ("'Usage Data' refers to …").
    static let definitionVerbs = words("definition-verbs")
    /// Words by which a qualifier says data identifies no one, and words of a retention bound.
    static let identityWords = words("identity-words")
    static let retentionWords = words("retention-words")
    /// Words for the circumstances a permission names as its conditions ("in limited circumstances, including when …").
    static let circumstanceWords = words("circumstance-words")
    /// Words and phrases that open a bare exception to a prohibition ("to no one except our staff", "other than").
    static let exceptionWords = words("exception-words")
    static let exceptionPhrases = phrases("exception-phrases")
    /// "for any reason": a purpose that is every purpose.
    static let universalPurposes = phrases("universal-purposes")
    /// "to no one": recipients that negate the act.
    static let noOne = phrases("no-one")
    /// Words by which keeping data is a safeguard ("kept confidential", "securely maintained").
    static let safeguardWords = words("safeguard-words")
    static let guardianWords = words("guardian-words")
    /// Verbs by which a policy speaks of changing itself, and the verbs of the notice it promises: one that reaches
    /// the reader ("we will notify you") or one the reader must look for ("we will post the changes").
    static let changeVerbs = words("change-verbs")
    static let reachingNoticeVerbs = words("reaching-notice-verbs")
    static let postedNoticeVerbs = words("posted-notice-verbs")
    /// "in order to …" after a negated verb: the reason for not acting, not a limit of the prohibition.
    static let reasonMarkers = phrases("reason-markers")
    /// "to protect …", "to reduce …" after a negated verb: why the company refrains, whatever opens the clause.
    static let refrainingReasons = phrases("refraining-reasons")
    /// "under the same circumstances that …", "in the same way": cases stated elsewhere in the policy.
    static let samenessNouns = words("sameness-nouns")
    /// "regardless of age": a concession, which names no data.
    static let concessiveOpeners = phrases("concessive-openers")
    /// ", for any reason,": an aside inside a verb group that limits nothing.
    static let namedThings = words("named-things")
    static let asides = phrases("asides").sorted { $0.count > $1.count }
    /// "We may from time to time share": an aside of time inside a verb group, with no commas around it.
    static let groupAsides = phrases("group-asides")
    static let groupTimes = phrases("group-times").sorted { $0.count > $1.count }
    /// The words around an age's number, and the people an age is said of (``AgeBound``).
    static let minorAgeOpeners = phrases("minor-age-openers").sorted { $0.count > $1.count }
    static let ageOpeners = phrases("age-openers").sorted { $0.count > $1.count }
    static let ageClosers = phrases("age-closers").sorted { $0.count > $1.count }
    static let minorAgeClosers = phrases("minor-age-closers")
    static let otherAgeClosers = phrases("age-closers-other")
    static let personNouns = words("person-nouns")
    /// Words for people: the reader's names and other persons ("customers", "children", "anyone").
    static let people = personNouns.union(readerPronouns)
    /// Verbs of assurance: negated, what follows them is no promise ("we cannot guarantee that …").
    static let disclaimerVerbs = words("disclaimer-verbs")
    /// Nouns that name a practice ("our collection, use and sharing"): an action word listed after one is a noun too.
    static let practiceNouns = words("practice-nouns")
    /// Words for a practice that are never verbs ("sales", "disclosure").
    static let practiceNounForms = words("practice-noun-forms")
    /// Verbs that say how long something lasts ("It expires after one day").
    static let expiryVerbs = words("expiry-verbs")
    /// Facts that are events the reader takes part in ("a contest"): a condition of a promise only where a condition
    /// names them; and the verbs by which a condition says the reader takes part ("if you enter a contest").
    static let eventFacts = words("event-facts")
    static let eventVerbs = words("event-verbs")
    /// Nouns for a business the company engages ("we use a fulfillment company to …").
    static let partyNouns = words("party-nouns")
    /// Nouns for the means of a collection ("we use analytics tools to collect …"): how, not what or who.
    static let meansNouns = words("means-nouns")
    /// Verbs by which the company lets another party act ("we may allow advertisers to collect …").
    static let permittingVerbs = words("permitting-verbs")
    /// Words that may state when something is done ("at the date set out below", "thereafter"): a duty to delete that
    /// leaves one unread is not written, since without its time it would be a duty to delete at once.
    static let timeWords = words("time-words")
    /// "except as described herein", "except as set out in this policy": a reference to what the policy itself says.
    static let referenceVerbs = words("reference-verbs")
    static let referencePlaces = words("reference-places")
    /// "set your browser to refuse cookies": what the reader does in the browser, no promise of the company.
    static let browserChoiceVerbs = words("browser-choice-verbs")
    /// "This is to …", "This helps us …": a sentence giving the purpose of the practice before it.
    static let purposeGivingVerbs = words("purpose-giving-verbs")
    /// "no more … than is necessary": a limit to what is needed (``ExcessLimit``).
    static let excessWords = words("excess-words")
    static let needWords = words("need-words")
    /// "you are required to provide", "you may choose to give": words by which the reader is to give data; and
    /// "we require you to submit": verbs by which the company asks for it (``ReaderProvision``).
    static let givingVerbs = words("giving-verbs")
    static let enteringVerbs = words("entering-verbs")
    static let givingGovernors = words("giving-governors")
    /// "sold", "kept": past participles without "-ed" or "-en", for a verb coordinated with a passive.
    static let irregularParticiples = words("irregular-participles")
    static let requestingVerbs = words("requesting-verbs")
    static let requiringVerbs = words("requiring-verbs")
    static let listedUseVerbs = words("listed-use-verbs")
    static let contestPurposeWords = words("contest-purpose-words")
    static let listOpeningEnds = words("list-opening-ends")
    static let pointedPurposeOpenings = words("pointed-purpose-openings")
    static let sequenceWords = words("sequence-words")
    /// Words of a policy's title that name no company.
    static let titleWords = words("title-words")
    /// Whether a word belongs to any word class of the grammar (so it is no name).
    static func isKnown(_ word: String) -> Bool { knownWords.contains(word) }
    private static let knownWords = Set(wordClasses.flatMap { words($0) })
    static let durationUnits = file.durationUnits
    static let numberWords = file.numberWords
}
