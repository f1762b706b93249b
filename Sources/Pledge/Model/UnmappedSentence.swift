/// A normative sentence (a modal and a data-practice verb) that the extractor could not
/// map to any rule: a coverage gap a reviewer must look at.
public struct UnmappedSentence: Sendable, Hashable {
    public var section: String?
    public var line: Int
    public var text: String
    /// Why it was not mapped ("no data object", "no modal").
    public var reason: String

    public init(section: String? = nil, line: Int, text: String, reason: String) {
        self.section = section
        self.line = line
        self.text = text
        self.reason = reason
    }
}
