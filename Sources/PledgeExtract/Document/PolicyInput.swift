import Pledge

/// Checks raw policy text before it is read: not empty, not binary, valid UTF-8, and no
/// larger than ``maximumBytes`` (16 MiB — a privacy policy is rarely over 100 KB, and
/// every later stage is linear, so the cap bounds time and memory, not correctness).
package enum PolicyInput {
    package static let maximumBytes = 16 * 1_048_576

    /// The text of `bytes`, or an error naming the file and the place of the problem.
    static func decode(_ bytes: [UInt8], source: String) throws -> String {
        guard bytes.count <= maximumBytes else {
            throw PledgeError.invalid([ExtractionProblem.tooLarge(bytes: bytes.count, limit: maximumBytes).at(source)])
        }
        var line = 1, column = 1
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if scalar == "\0" {
                    throw PledgeError.invalid([ExtractionProblem.binary.at(source, line: line, column: column)])
                }
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .error:
                throw PledgeError.invalid([ExtractionProblem.invalidUTF8.at(source, line: line, column: column)])
            case .emptyInput:
                let text = String(decoding: bytes, as: UTF8.self)
                try check(text, source: source)
                return text
            }
        }
    }

    /// Checks text already decoded (the `String` entry point).
    static func check(_ text: String, source: String) throws {
        if text.utf8.count > maximumBytes {
            throw PledgeError.invalid([ExtractionProblem.tooLarge(bytes: text.utf8.count, limit: maximumBytes).at(source)])
        }
        if let nul = text.utf8.firstIndex(of: 0) {
            let line = text.utf8[..<nul].reduce(1) { $0 + ($1 == 10 ? 1 : 0) }
            throw PledgeError.invalid([ExtractionProblem.binary.at(source, line: line)])
        }
        if !text.contains(where: { $0.isLetter }) {
            throw PledgeError.invalid([ExtractionProblem.empty.at(source, line: 1, column: 1)])
        }
    }
}
