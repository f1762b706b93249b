/// A condition read from a sentence: the facts it names and whether it enables the
/// promise ("if subpoenaed", "once cancellation is processed") or lifts it ("unless you opt out").
struct Condition: Sendable, Hashable {
    var range: Range<Int>
    /// True for "unless", "without", "except when".
    var lifts: Bool
    /// Context facts named in it, most general kept ("subpoena" falls under "legal_process").
    /// Several facts in one condition are alternatives ("legal process, fraud or imminent harm").
    var facts: [String]
    /// The words that open the condition, lower case ("if", "in the event of", "unless").
    var marker: String
}
