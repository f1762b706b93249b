/// An operation less its id and place: what deciding it reads. Two operations with the same terms get the same
/// decision, so a cache of decided (and written) operations is keyed by them. Hashed once, each term in a few
/// instructions (``TermTable/hash(_:)``: its length and end words) rather than through `Hasher`; equal only when
/// the terms are.
package struct DecidedTerms: Hashable, Sendable {
    package let terms: Operation
    private let digest: UInt64

    package init(_ operation: Operation) {
        var terms = operation
        terms.id = nil
        terms.location = nil
        self.terms = terms
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ text: String?) {
            var text = text ?? ""
            h = (h ^ UInt64(bitPattern: Int64(text.withUTF8 { TermTable.hash($0) }))) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
        }
        mix(terms.action)
        for key in terms.data { mix(key) }
        mix(terms.recipient)
        mix(terms.purpose)
        mix(terms.identifiability)
        for key in terms.context { mix(key) }
        mix(terms.retention?.text)
        digest = h
    }

    package func hash(into hasher: inout Hasher) { hasher.combine(digest) }

    package static func == (a: DecidedTerms, b: DecidedTerms) -> Bool { a.digest == b.digest && a.terms == b.terms }
}
