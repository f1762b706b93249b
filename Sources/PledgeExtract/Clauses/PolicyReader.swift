import Pledge

/// Reads a whole policy's sentences into statements and coverage gaps. Besides each
/// sentence on its own, it resolves what only the document shows: defined terms, list
/// items completing their lead-in ("we do NOT: i. Disclose your information."), what
/// "such information" refers to, a sentence that qualifies the one before ("Any
/// information disclosed will be in the form of aggregate data"), exceptions stated
/// in their own section, and opt-out offers.
struct PolicyReader {
    let taxonomy: Taxonomy
    /// The policy's title, which names the company.
    var title: String? = nil

    struct Result {
        var terms: [String: [String]]
        /// Purposes and facts read in the policy's own words, by name.
        var stated: [String: StatedPhrase]
        var statements: [Statement]
        var unmapped: [UnmappedSentence]
    }

    func read(_ sentences: [Sentence]) -> Result {
        var lexicon = Lexicon(taxonomy: taxonomy)
        let plain = sentences.map { AnnotatedSentence($0, lexicon: lexicon) }
        let definitions = DefinedTerms.find(in: plain, taxonomy: taxonomy)
        for d in definitions { lexicon.define(term: d.phrase, key: d.key) }
        var annotated = plain
        if !definitions.isEmpty { for i in annotated.indices { annotated[i].rematchData(lexicon) } }

        let companyNames = CompanyNames.of(title: title, annotated)
        let analyzer = ClauseAnalyzer(taxonomy: taxonomy, companyNames: companyNames,
                                      otherParties: NamedParties(annotated, company: companyNames))
        let (exceptions, consumedByExceptions) = PolicyExceptions.read(annotated, taxonomy: taxonomy)
        // A choice that points back to the practice before it in its paragraph qualifies that practice alone.
        let pointedChoices = annotated.indices.reduce(into: [Int: PointedChoice.Kind]()) { choices, i in
            if i > 0, annotated[i - 1].sentence.block == annotated[i].sentence.block, let kind = PointedChoice.kind(of: annotated[i]) { choices[i] = kind }
        }
        let offers = OptOutOffers.find(annotated.indices.filter { pointedChoices[$0] == nil }.map { annotated[$0] }, taxonomy: taxonomy)
        var consumed = consumedByExceptions
        var readings: [Int: SentenceReading] = [:]
        var sectionData: [String: Anaphor?] = [:]
        var lastData: Anaphor? = nil
        var lastDataAt: Int? = nil
        // "* Contact information such as … * Billing information such as … We collect this information when you": what
        // points back after a list of items means the data of all of them.
        func listed(_ data: [String], _ index: Int, _ before: [String]?) -> [String] {
            guard index > 0, lastDataAt == index - 1, annotated[index].sentence.isListItem, annotated[index - 1].sentence.isListItem,
                  annotated[index].sentence.section == annotated[index - 1].sentence.section,
                  annotated[index].sentence.block != annotated[index - 1].sentence.block, let before else { return data }
            return before + data.filter { !before.contains($0) }
        }
        var lastBlock: Int? = nil
        var lastSection: String? = nil
        var paragraphData: [String] = []   // the kinds of data the paragraph named so far, other than personal data in general
        let leads = leadIns(annotated)
        var joinedItems: [Int: [Int]] = [:]

        for (index, s) in annotated.enumerated() where !consumed.contains(index) {
            if let length = s.sentence.unreadLength {
                readings[index] = SentenceReading(gap: "the sentence is \(length) characters long, over the \(SentenceSplitter.maximumLength) read; nothing it says is modelled")
                lastData = nil
                paragraphData = []
                continue
            }
            let section = s.sentence.section ?? ""
            if section != lastSection { lastData = nil; lastSection = section }
            let hint = sectionData[section] ?? headingData(s.sentence.section, lexicon)
            sectionData[section] = hint
            if lastBlock != s.sentence.block { paragraphData = [] }
            // "When handling support requests we collect: * your e-mail address * … This information is collected only to …":
            // after a list, what points back means its items, not what the section's heading names.
            let afterList = index > 0 && lastDataAt == index - 1 && annotated[index - 1].sentence.isListItem && !s.sentence.isListItem
            var anaphor = afterList ? lastData : hint ?? lastData
            // "Shipping and Billing Info: We require your name, address and card … never divulge such information": a
            // ban that points back reads the kinds its paragraph named so far, besides what its heading names.
            if let hint, !afterList { anaphor?.prohibiting = hint.prohibiting + paragraphData.filter { !hint.prohibiting.contains($0) } }
            var reading = analyzer.read(s, anaphor: anaphor)
            // "Other than to our contractors, we disclose it only …": the parties named first lift its prohibitions.
            if let leading = LeadingException.find(in: s)?.exception {
                for k in reading.statements.indices where reading.statements[k].effect == .deny { reading.statements[k].unless.append(leading) }
            } else if let words = LeadingException.words(in: s), reading.statements.contains(where: { $0.effect == .deny }) {
                reading.loss = reading.loss ?? "the exception (\(s.text(words.prefix(3))) …) is not read; the prohibition is kept without it, which is stricter"
            }
            // A sentence that opens pointing to others ("These other sites may collect data") states their act; it
            // completes no lead-in of the company's.
            var itemGap: String? = nil
            if reading.statements.isEmpty, let kind = pointedChoices[index], var previous = readings[index - 1],
               PointedChoice.qualify(&previous, with: kind, s) {
                readings[index - 1] = previous
                continue
            }
            if reading.statements.isEmpty, pointedChoices[index] == nil, let lead = leads[index], !Grammar.otherPronouns.contains(s.word(0)) {
                let leadText = annotated[lead].sentence.text
                let leadIn = (leadText.hasSuffix(":") || leadText.hasSuffix(".") ? String(leadText.dropLast()) : leadText) + " "
                var joined = s.sentence
                joined.text = leadIn + Self.continuing(s)
                let joinedSentence = AnnotatedSentence(joined, lexicon: lexicon)
                var combined = analyzer.read(joinedSentence, anaphor: anaphor)
                // Rules quote the text as written, the item's capital too.
                for k in combined.statements.indices { combined.statements[k].sentence.text = leadIn + s.sentence.text }
                // The item read with its lead-in; what the item loses there is listed ("…, when you register;"),
                // not what the lead-in loses on its own ("for the following purposes:").
                let ownLoss = combined.loss != nil && combined.loss != analyzer.read(annotated[lead], anaphor: anaphor).loss
                // "If you buy from our partners, you may need to give personal information. For example, you may need to
                // provide the following information:": a lead-in that gives an example of what the reader does in the
                // sentence before carries that sentence's limits (when, to whom), which its items are not read with;
                // permitted alone, they would be wider.
                if givesExampleOfReadersAct(annotated[lead]), combined.statements.contains(where: { $0.effect == .allow }) {
                    combined.withdrawPermissions(because: "an example of the sentence before (\(Self.opening(of: annotated[lead])) …), whose limits are not read with it")
                }
                if reading.gap == nil, !combined.statements.isEmpty || ownLoss {
                    reading = combined
                    joinedItems[lead, default: []].append(index)
                    consumed.insert(lead)
                    readings[lead] = nil
                } else if combined.statements.isEmpty, let gap = combined.gap ?? unfollowedPractice(joinedSentence) {
                    // "For our members we may collect:" and items it gives no rule with: the lead-in is listed with why,
                    // and so is each such item ("* Timely updates"), which no practice of its own would list.
                    // (Only the item's own first sentence: the next ones, "For more information …", continue it.)
                    if index == 0 || annotated[index - 1].sentence.block != s.sentence.block { itemGap = gap }
                    if let before = readings[lead], before.statements.isEmpty, before.gap == nil { readings[lead]?.gap = gap }
                }
            }
            // "We may share your information:" and what follows: the limits of the permission come after the colon, in
            // items read apart (or not at all); the lead-in alone would permit the practice without any of them.
            if Self.opensList(at: index, annotated), reading.statements.contains(where: { $0.effect == .allow }) {
                reading.withdrawPermissions(because: "the limits of this permission follow it (\(Self.opening(of: s)) …) and are not read with it; alone, it would be wider than the text")
            }
            if let audience = Audience.opening(s), reading.statements.contains(where: { $0.effect == .allow }) {
                reading.withdrawPermissions(because: "the permission holds for a kind of user (\(s.text(audience)) …) the rules cannot name; without it, it would be wider than the text")
            }
            if let pointed = PointedPurpose.opening(s), reading.statements.contains(where: { $0.effect == .allow }) {
                reading.withdrawPermissions(because: "the purpose (\(s.text(pointed))) points back to the sentence before, which is not read with it; alone, the permission would be wider than the text")
            }
            ContestPurpose.bind(&reading, s)
            if reading.statements.isEmpty, qualifies(s, previous: readings[index - 1], into: &readings, at: index - 1) {
                continue
            }
            // "Customer information is one of the transferred business assets": disclosed to whoever acquires them.
            if reading.statements.isEmpty, let transfer = TransferredAssets.statement(s) {
                reading = SentenceReading(statements: [transfer])
                reading.data = transfer.data
            }
            if reading.statements.isEmpty, reading.gap == nil, let reason = ListedStatement.reason(s) { reading.gap = reason }
            // Every sentence that speaks of a practice and gave nothing is listed, so that no practice is missed silently.
            if reading.statements.isEmpty, reading.gap == nil, let gap = unfollowedPractice(s) ?? ListedStatement.unknownPractice(s) { reading.gap = gap }
            // An opt-out offer is listed with its own reason, unless it qualifies a permission (below).
            if reading.statements.isEmpty, reading.gap == nil, !offers.contains(where: { $0.sentence == s.sentence }),
               let reason = ListedStatement.readerChoice(s) {
                reading.gap = reason
            }
            if reading.statements.isEmpty, reading.gap == nil, let itemGap { reading.gap = itemGap }
            // "We collect your IP address. You do not have to register before we can collect this anonymous information.":
            // data in general words that point back names nothing new; the data before is still what "this information" is.
            let pointedOnly = reading.statements.isEmpty && reading.data == ["user"]
                && s[.data].allSatisfy { $0.keys != ["user"] || pointsBack($0, s) }
            if !reading.data.isEmpty, !pointedOnly {
                // The levels the practice states, else those the sentence names its data with.
                let stated = reading.statements.last { $0.data == reading.data }?.identifiability ?? []
                let levels = stated.isEmpty ? reading.dataIdentifiability : stated
                // "We log your IP address … We also record the links you click. This information is never sold": a ban
                // that points back reads all the data its paragraph named so far.
                var prohibiting = reading.broadData
                if let before = lastData?.prohibiting, lastBlock == s.sentence.block, !before.contains("user"), !prohibiting.contains("user") {
                    prohibiting = before + prohibiting.filter { !before.contains($0) }
                }
                lastData = Anaphor(permitting: listed(reading.data, index, lastData?.permitting), prohibiting: listed(prohibiting, index, lastData?.prohibiting),
                                   identifiability: levels)
                lastBlock = s.sentence.block
                lastDataAt = index
                paragraphData += reading.data.filter { $0 != "user" && !paragraphData.contains($0) }
            } else if let named = namedData(s) {
                // "we require first name, email address and birth date. We use this information to …": data a sentence
                // names without a practice read is still what "this information" after it points back to; a ban that
                // points back reads all personal data.
                lastData = Anaphor(permitting: listed(named, index, lastData?.permitting), prohibiting: ["user"])
                lastBlock = s.sentence.block
                lastDataAt = index
                paragraphData += named.filter { !paragraphData.contains($0) }
            } else if s[.data].contains(where: { $0.keys == ["user"] && !pointsBack($0, s) }) {
                // "We may use the information you provide when placing an order … We do not share this information": data
                // named in general is what "this information" after it points back to, never the data of a sentence before.
                // ("before we can collect this anonymous information" points back itself, and names nothing new.)
                lastData = Anaphor(permitting: ["user"], prohibiting: ["user"])
                lastBlock = s.sentence.block
            } else if s.tokens.indices.contains(where: { i in Grammar.dataNouns.contains(s.word(i)) && !s[.data].contains { $0.range.contains(i) } }) {
                // "… collects data from users via surveys. This data may be shared …": data named by no kind the reading
                // knows is what a pointer after it means, never the data of a sentence before.
                lastData = nil
            }
            readings[index] = reading
        }

        ExclusiveList.merge(&readings, items: joinedItems, annotated)
        PurposesInParagraph.limit(&readings, annotated, taxonomy: taxonomy)
        NeighbourRetention.apply(&readings, annotated, taxonomy: taxonomy)
        NeighbourLimit.apply(&readings, annotated, taxonomy: taxonomy)
        ExampleOfPractice.apply(&readings, annotated, taxonomy: taxonomy)
        LaterExclusiveLimit.apply(&readings, annotated, taxonomy: taxonomy)
        IncludedData.apply(&readings, annotated)
        NeighbourException.apply(&readings, annotated, analyzer: analyzer)
        ContrastingPermission.apply(&readings, annotated, taxonomy: taxonomy)
        CompelledException.apply(&readings, annotated, taxonomy: taxonomy)
        var statements: [Statement] = []
        var unmapped: [UnmappedSentence] = []
        var stated: [String: StatedPhrase] = [:]
        for index in annotated.indices {
            guard let reading = readings[index] else { continue }
            statements.append(contentsOf: reading.statements)
            for phrase in reading.stated where stated[phrase.name] == nil { stated[phrase.name] = phrase }
            // A sentence that yielded nothing is listed with why; one that yielded rules, if something was lost on the way.
            if let reason = reading.statements.isEmpty ? reading.gap ?? reading.loss : reading.loss {
                let s = annotated[index].sentence
                unmapped.append(UnmappedSentence(section: s.section, line: s.line, text: s.text, reason: reason))
            }
        }
        DefinedTerms.applyLevels(definitions, to: &statements)
        PolicyExceptions.apply(exceptions, to: &statements, taxonomy: taxonomy)
        var unused = OptOutOffers.apply(offers, to: &statements, taxonomy: taxonomy, stated: stated)
        // An offer that qualifies no permission forbids what it names once the reader has opted out.
        for prohibition in unused.compactMap(\.prohibition) {
            statements.insert(prohibition, at: statements.firstIndex { $0.sentence.line > prohibition.sentence.line } ?? statements.count)
        }
        unused.removeAll { $0.prohibition != nil }
        // An offer that qualifies a permission or forbids what it names is read; one that does neither is listed, with
        // its own reason if it has one.
        unmapped.removeAll { entry in offers.contains { $0.sentence.line == entry.line && $0.sentence.text == entry.text }
            && !unused.contains { $0.sentence.line == entry.line && $0.sentence.text == entry.text } }
        for offer in unused where !statements.contains(where: { $0.sentence == offer.sentence }) {
            let s = offer.sentence
            let reason = offer.reach == .none ? "the opt-out is of another party's practice; it qualifies none of the company's"
                : "an opt-out is offered, but no marketing permission was read for it to qualify"
            if let listed = unmapped.firstIndex(where: { $0.line == s.line && $0.text == s.text }) {
                if offer.reach == .none { unmapped[listed].reason = reason }
                continue
            }
            // Listed in document order, with the others.
            unmapped.insert(UnmappedSentence(section: s.section, line: s.line, text: s.text, reason: reason),
                            at: unmapped.firstIndex { $0.line > s.line } ?? unmapped.count)
        }
        // "Except as described in this policy, we do not …": the policy's own permissions are the prohibition's exceptions.
        for deny in CrossReferencedExceptions.apply(to: &statements, taxonomy: taxonomy) {
            let s = deny.sentence
            unmapped.insert(UnmappedSentence(section: s.section, line: s.line, text: s.text,
                                             reason: "the exception refers to this policy, which permits nothing within the prohibition; it is kept without it, which is stricter"),
                            at: unmapped.firstIndex { $0.line > s.line } ?? unmapped.count)
        }
        var terms: [String: [String]] = [:]
        for d in definitions { terms[d.key] = d.data }
        return Result(terms: terms, stated: stated, statements: statements, unmapped: unmapped)
    }

    /// The specific data a section heading names ("Cookies" → cookie data), for "the information gathered", with the
    /// identifiability it names ("Aggregate Data").
    private func headingData(_ heading: String?, _ lexicon: Lexicon) -> Anaphor? {
        guard let heading else { return nil }
        let s = AnnotatedSentence(Sentence(text: heading, line: 0, section: nil, block: -1), lexicon: lexicon)
        let keys = s[.data].flatMap(\.keys)
        let tree = taxonomy[.data]
        let specific = keys.filter { !tree.contains($0) || tree.node($0)?.parent != nil }
        guard specific.count == 1 else { return nil }
        let levels = s[.identifiability].flatMap(\.keys).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return Anaphor(permitting: specific, prohibiting: specific, identifiability: levels)
    }

    /// "this information", "such anonymous data": a data phrase after a word that points back to data named before.
    private func pointsBack(_ m: PhraseMatch, _ s: AnnotatedSentence) -> Bool {
        (max(0, m.range.lowerBound - 2)..<m.range.lowerBound).contains { Grammar.pointingBack.contains(s.word($0)) }
    }

    /// The kinds of data a sentence names, other than personal data in general and words of an age ("under the age of
    /// 13"); nil when it names none.
    private func namedData(_ s: AnnotatedSentence) -> [String]? {
        let ages = AgeBound.find(in: s)
        let keys = s[.data].filter { m in !ages.contains { $0.range.overlaps(m.range) } }.flatMap(\.keys)
            .reduce(into: [String]()) { if $1 != "user", !$0.contains($1) { $0.append($1) } }
        return keys.isEmpty ? nil : keys
    }

    /// Why a sentence that speaks of a practice and gave nothing is listed.
    private func unfollowedPractice(_ s: AnnotatedSentence) -> String? {
        guard ListedStatement.mayList(s), let verb = ListedStatement.practiceWord(s) else { return nil }
        return "a practice (\(verb) …) is stated in a form the reading does not follow"
    }

    /// An item's text as it continues its lead-in: "Respond to your questions." after "We use it to:" starts in lower
    /// case, since a capital there would read as a name. An item that opens with a name keeps it.
    private static func continuing(_ item: AnnotatedSentence) -> String {
        let text = item.sentence.text
        guard let first = item.tokens.first, first.isCapitalized, first.text != first.text.uppercased(),
              item[.action].contains(where: { $0.range.lowerBound == 0 }) || item[.purpose].contains(where: { $0.range.lowerBound == 0 })
        else { return text }
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// A sentence's first six words, to name it in a reason.
    private static func opening(of s: AnnotatedSentence) -> String { s.text(0..<min(s.tokens.count, 6)) }

    /// "For example, you may need to provide the following information:": a lead-in that opens with an example marker
    /// and the reader as its subject gives an example of what the reader does in the sentence before.
    private func givesExampleOfReadersAct(_ s: AnnotatedSentence) -> Bool {
        ["for example", "for instance", "e.g"].contains { marker in
            let words = marker.split(separator: " ").map(String.init)
            let next = words.count + (s.word(words.count) == "," ? 1 : 0)
            return s.has(words, at: 0) && Grammar.readerPronouns.contains(s.word(next))
        }
    }

    /// "We may share your information:" before a list; or, right before its items, "We use this information to", "We
    /// collect it when you" (a last word no sentence ends with) or "We collect the following information.": a sentence
    /// that its items complete. An item ending in "and" is the list's, and opens none.
    private static func opensList(at k: Int, _ sentences: [AnnotatedSentence]) -> Bool {
        let s = sentences[k]
        guard let last = s.tokens.last else { return false }
        if last.text == ":" { return true }
        guard !s.sentence.isListItem, k + 1 < sentences.count, sentences[k + 1].sentence.isListItem else { return false }
        // ("the following information", "the following types of data"; not "the following subparagraphs".)
        let following = s.tokens.indices.contains { i in
            s.word(i) == "following" && s.word(i - 1) == "the" && (i + 1...i + 4).contains { Grammar.dataNouns.contains(s.word($0)) }
        }
        if following, [".", ":"].contains(last.text) || !last.isPunctuation { return true }
        guard !last.isPunctuation else { return false }
        return Grammar.listOpeningEnds.contains(last.lower)
            || Grammar.readerPronouns.contains(last.lower) && ["when", "if", "whenever", "where"].contains(s.word(s.tokens.count - 2))
    }

    /// Per sentence, the sentence ending in ":" (or a word that leaves it open) that introduces the list it is an item of.
    /// One pass: each item looks at the last sentence before its run of items.
    private func leadIns(_ sentences: [AnnotatedSentence]) -> [Int?] {
        var result: [Int?] = Array(repeating: nil, count: sentences.count)
        var lastNonItem: Int? = nil
        for (index, s) in sentences.enumerated() {
            guard s.sentence.isListItem else { lastNonItem = index; continue }
            guard let k = lastNonItem, sentences[k].sentence.unreadLength == nil else { continue }
            let candidate = sentences[k].sentence
            // A title among the items ("Log Files.", "Cookies:") is not one of them; a kind of data alone ("Name") is, and so
            // is a phrase in capitals that ends with no mark ("Outstanding Customer Service").
            let namesData = !s.sentence.text.hasSuffix(".") && !s.tokens.isEmpty
                && s.tokens.indices.allSatisfy { i in s[.data].contains { $0.range.contains(i) } || Grammar.determiners.contains(s.word(i)) }
            let unmarked = s.sentence.text.last.map { $0.isLetter || $0.isNumber } ?? false
            if Self.opensList(at: k, sentences), candidate.section == s.sentence.section, SentenceKind.of(s) != .heading || namesData || unmarked {
                result[index] = k
            }
        }
        return result
    }

    /// "Any information disclosed will be in the form of aggregate data": a sentence with no
    /// promise of its own that names an identifiability for what the previous one disclosed.
    private func qualifies(_ s: AnnotatedSentence, previous: SentenceReading?, into readings: inout [Int: SentenceReading], at index: Int) -> Bool {
        guard var previous, previous.statements.contains(where: { $0.effect == .allow }),
              previous.statements.allSatisfy({ $0.sentence.block == s.sentence.block }) else { return false }
        // "for statistical purposes" names a purpose, not how identifying the data is.
        let levels = s[.identifiability].filter { !Grammar.purposeNouns.contains(s.word($0.range.upperBound)) }.flatMap(\.keys).filter { $0 != "identified" }
        guard !levels.isEmpty, s.tokens.prefix(3).contains(where: { ["any", "such", "this", "all", "the"].contains($0.lower) }) else { return false }
        // A prohibition narrowed to the level would forbid less than the text: only permissions take it.
        for i in previous.statements.indices where previous.statements[i].effect == .allow && previous.statements[i].identifiability.isEmpty {
            previous.statements[i].identifiability = levels.firstOccurrences()
        }
        readings[index] = previous
        return true
    }
}
