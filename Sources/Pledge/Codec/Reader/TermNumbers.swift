/// The terms of an operation ``PlainOperationLine`` read, as their numbers in the
/// ``TermTable`` it read them with: what an engine resolves through ``TermClasses``
/// without hashing a term's bytes a second time. Holds up to four data keys and four
/// context facts; an operation naming more is resolved by its strings (`complete` false).
struct TermNumbers {
    /// No term given (a default applies).
    static let none: Int32 = -1
    static let capacity = 4

    var action = none, purpose = none, recipient = none, identifiability = none
    var data = SIMD4<Int32>(repeating: none), dataCount = 0
    var context = SIMD4<Int32>(repeating: none), contextCount = 0
    /// Every data key and context fact of the operation is here.
    var complete = true

    /// Adds a data key (`context` false) or a context fact.
    mutating func add(_ number: Int32, context isContext: Bool) {
        if isContext {
            guard contextCount < Self.capacity else { complete = false; return }
            context[contextCount] = number
            contextCount += 1
        } else {
            guard dataCount < Self.capacity else { complete = false; return }
            data[dataCount] = number
            dataCount += 1
        }
    }

    /// The terms as one value, equal for two operations exactly when they name the same
    /// terms in the same order (a number stands for one term): what ``CheckShapeCache``
    /// finds a shape by without hashing a term's bytes. Only for `complete` numbers.
    var key: TermKey {
        TermKey(lanes: SIMD16(action, purpose, recipient, identifiability, data[0], data[1], data[2], data[3],
                              context[0], context[1], context[2], context[3], Int32(dataCount), Int32(contextCount), 0, 0))
    }
}

extension TermNumbers {
    /// The operation these numbers name, its terms taken from `terms` (a ``TermTable``'s, by
    /// number), without id, place or retention: for a line read as a ``NumberedLine`` where
    /// a writer needs the strings. Only for `complete` numbers.
    func operation(_ terms: [String]) -> Operation {
        func term(_ n: Int32) -> String? { n == Self.none ? nil : terms[Int(n)] }
        return Operation(action: terms[Int(action)], data: (0..<dataCount).map { terms[Int(data[$0])] },
                         recipient: term(recipient), purpose: term(purpose), identifiability: term(identifiability),
                         context: (0..<contextCount).map { terms[Int(context[$0])] })
    }
}

/// ``TermNumbers/key``: sixteen numbers compared at once, hashed by folding them into one word.
struct TermKey: Equatable {
    let lanes: SIMD16<Int32>

    /// The numbers folded into one word: what ``TermKeyTable`` finds a key's slot by.
    var folded: Int {
        let words = unsafeBitCast(lanes, to: SIMD8<UInt64>.self)
        var h: UInt64 = 0
        for i in 0..<8 { h = (h ^ words[i]) &* 0x9E37_79B9_7F4A_7C15; h ^= h >> 29 }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }
}
