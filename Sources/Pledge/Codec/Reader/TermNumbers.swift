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
}
