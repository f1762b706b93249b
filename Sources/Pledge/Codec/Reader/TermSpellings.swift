/// The terms of a ``TermTable`` as their bytes, one after another, by number, written once
/// per table: what a report copies for a term read as a number (``NumberedLine``) instead
/// of an operation's string. A term the plain reader found is printable ASCII with no
/// quote or backslash, so no format escapes it. After the terms, the recipient and the
/// identifiability of an operation that names none. Also the terms as strings, for an
/// operation built from numbers where a writer needs one.
struct TermSpellings: Sendable {
    private let bytes: [UInt8]
    /// Where each spelling ends in `bytes`.
    private let ends: [Int]
    /// Every term, by number.
    let terms: [String]
    /// The numbers spelling ``Operation/defaultRecipient`` and ``Operation/defaultIdentifiability``.
    let defaultRecipient: Int32, defaultIdentifiability: Int32

    init(_ terms: [String]) {
        var bytes: [UInt8] = [], ends: [Int] = []
        ends.reserveCapacity(terms.count + 2)
        for term in terms + [Operation.defaultRecipient, Operation.defaultIdentifiability] {
            bytes += term.utf8
            ends.append(bytes.count)
        }
        (self.bytes, self.ends, self.terms) = (bytes, ends, terms)
        (defaultRecipient, defaultIdentifiability) = (Int32(terms.count), Int32(terms.count + 1))
    }

    /// Lends `body` the spelling of each number.
    func withSpellings<R>(_ body: (Spelled) -> R) -> R {
        bytes.withUnsafeBufferPointer { bytes in ends.withUnsafeBufferPointer { ends in body(Spelled(bytes: bytes, ends: ends)) } }
    }

    /// The spellings lent by ``withSpellings(_:)``.
    struct Spelled {
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        fileprivate let ends: UnsafeBufferPointer<Int>

        /// The bytes of number `n`.
        subscript(n: Int32) -> UnsafeBufferPointer<UInt8> {
            let i = Int(n)
            return UnsafeBufferPointer(rebasing: bytes[(i == 0 ? 0 : ends[i - 1])..<ends[i]])
        }
    }
}
