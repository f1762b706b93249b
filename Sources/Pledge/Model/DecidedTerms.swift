/// An operation less its id and place: what deciding it reads. Two operations with the same terms get the same
/// decision, so a cache of decided (and written) operations is keyed by them. Hashed once over the terms' bytes
/// (FNV-1a) rather than term by term through `Hasher`; equal only when the terms are.
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
            text.withUTF8 { for byte in $0 { h = (h ^ UInt64(byte)) &* 0x100_0000_01B3 } }
            h = (h ^ 0xFF) &* 0x100_0000_01B3
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
