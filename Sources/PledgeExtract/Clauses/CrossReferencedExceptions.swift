import Pledge

/// "Except as described in this policy, we do not share your information": a prohibition whose exception is what
/// the policy itself permits. Each permission of the policy within the prohibition — an act it covers, on data it
/// overlaps — becomes one of its exceptions, with that permission's own scope and facts and citing its sentence, so
/// that the policy's own permissions are not overridden by the prohibition that refers to them and nothing else is
/// let through. A prohibition whose reference finds no permission stays whole and is listed.
enum CrossReferencedExceptions {
    /// Whether a lifting condition refers to the policy itself ("except as described herein", "other than as set out
    /// below", "except as stated in this privacy policy").
    static func refersToPolicy(_ c: Condition, _ s: AnnotatedSentence) -> Bool { refersToPolicy(c.range, s) }

    /// Whether the words of a bare exception refer to the policy itself ("other than as described below", "other than
    /// under the same circumstances that it discloses personal information").
    static func refersToPolicy(_ range: Range<Int>, _ s: AnnotatedSentence) -> Bool {
        let words = range.map { s.word($0) }
        return words.contains(where: Grammar.referenceVerbs.contains) && words.contains(where: Grammar.referencePlaces.contains)
            || zip(words, words.dropFirst()).contains { $0 == "same" && Grammar.samenessNouns.contains($1) }
    }

    /// "We will not use or share your data in ways unrelated to the ones described above", "for purposes other than those
    /// set out in this policy": a prohibition of what lies outside the policy's own practices, whose exceptions are
    /// therefore the policy's permissions.
    static func forbidsOnlyOutsidePolicy(_ object: Range<Int>, _ s: AnnotatedSentence) -> Bool {
        object.contains { i in
            ["unrelated", "other", "different", "inconsistent", "beyond"].contains(s.word(i))
                && refersToPolicy(i..<min(object.upperBound, i + 8), s)
        }
    }

    /// "… for marketing purposes or other than as described in this policy": the reference offered as an alternative to
    /// what comes before it, so that the ban holds for every purpose, not only the one named.
    static func isAlternative(in object: Range<Int>, _ s: AnnotatedSentence) -> Bool {
        object.contains { i in
            s.word(i - 1) == "or" && ["other", "except"].contains(s.word(i)) && refersToPolicy(i..<min(object.upperBound, i + 8), s)
        }
    }

    /// Adds the policy's permissions to each prohibition that refers to them; returns the prohibitions that found none.
    static func apply(to statements: inout [Statement], taxonomy: Taxonomy) -> [Statement] {
        // A permission that is itself lifted ("… unless you opt out") cannot be an exception, which would let through
        // what it no longer permits; the prohibition keeps that case (stricter).
        let permissions = statements.filter { $0.effect == .allow && $0.unless.isEmpty }
        var unmatched: [Statement] = []
        for i in statements.indices where statements[i].exceptAsDescribed {
            let deny = statements[i]
            for p in permissions {
                for e in exceptions(from: p, within: deny, taxonomy: taxonomy) where !statements[i].unless.contains(e) {
                    statements[i].unless.append(e)
                }
            }
            if statements[i].unless.count == deny.unless.count { unmatched.append(deny) }
        }
        return unmatched
    }

    /// The exceptions a permission makes to a prohibition: what the two have in common — of each pair, the narrower act
    /// and the narrower data — with the permission's own scope and facts, citing its sentence. None when they share no
    /// act or no data.
    /// Adds to each prohibition of a reading the exceptions the given permissions carve out of it: only a permission
    /// each of whose acts the prohibition forbids, and only what the two have in common.
    static func carve(_ reading: inout SentenceReading, by permissions: [Statement], taxonomy: Taxonomy) {
        let acts = taxonomy[.action]
        for k in reading.statements.indices where reading.statements[k].effect == .deny {
            let deny = reading.statements[k]
            for p in permissions where p.actions.allSatisfy({ a in deny.actions.contains { acts.covers($0, a) } }) {
                for e in exceptions(from: p, within: deny, taxonomy: taxonomy) where !reading.statements[k].unless.contains(e) {
                    reading.statements[k].unless.append(e)
                }
            }
        }
    }

    static func exceptions(from p: Statement, within deny: Statement, taxonomy: Taxonomy) -> [Exception] {
        // An act the permission names is lifted where the prohibition forbids it; a broader act the permission covers
        // only as a kind permitted by name ("We may share it" does not permit selling) is not.
        let shared = overlap(p.actions, deny.actions, taxonomy[.action]).filter { act in
            p.actions.contains(act) || taxonomy[.action].node(act)?.permittedByName != true
        }
        let sharedData = overlap(p.data, deny.data, taxonomy[.data])
        guard !shared.isEmpty, !sharedData.isEmpty else { return [] }
        let scope = Scope(action: shared, data: sharedData, purpose: p.purposes.isEmpty ? nil : p.purposes,
                          recipient: p.recipients.isEmpty ? nil : p.recipients,
                          identifiability: p.identifiability.isEmpty ? nil : p.identifiability, retention: p.retention)
        // A permission with alternative facts is one exception per alternative, like its rules.
        return (p.alternatives.isEmpty ? [p.when] : p.alternatives.map { p.when + [$0] }).map {
            Exception(scope: scope, when: $0, source: p.provenance)
        }
    }

    /// The keys in which two lists meet: each key of one that the other covers, or each key of the other it covers.
    private static func overlap(_ a: [String], _ b: [String], _ tree: TaxonomyTree) -> [String] {
        var result: [String] = []
        for x in a {
            for y in b {
                let meet = tree.covers(y, x) ? x : tree.covers(x, y) ? y : nil
                if let meet, !result.contains(meet) { result.append(meet) }
            }
        }
        return result
    }
}
