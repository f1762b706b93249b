import Foundation

/// An HTTP exchange with the server.
struct HTTPExchange: Sendable {
    var status: Int
    var headers: [String: String]
    var body: Data

    var text: String { String(decoding: body, as: UTF8.self) }

    func json() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw ServerProcess.Failure(description: "not a JSON object: \(text)")
        }
        return object
    }

    /// A header, whatever case the server wrote its name in.
    func header(_ name: String) -> String? {
        headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }
}

extension HTTPExchange {
    /// Reads an answer as it came on the wire: status line, header fields, then a body framed by
    /// its length (or in chunks), up to the end of the connection.
    init(parsing bytes: [UInt8]) throws {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let end = bytes.indices.first(where: { bytes[$0...].starts(with: separator) }) else {
            throw ServerProcess.Failure(description: "an answer without a complete head: \(String(decoding: bytes, as: UTF8.self))")
        }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusWords = lines[0].split(separator: " ")
        guard statusWords.count >= 2, statusWords[0].hasPrefix("HTTP/"), let status = Int(statusWords[1]) else {
            throw ServerProcess.Failure(description: "not a status line: \(lines[0])")
        }
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { throw ServerProcess.Failure(description: "not a header field: \(line)") }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let rest = Array(bytes[(end + separator.count)...])
        self.init(status: status, headers: fields, body: Data())
        if header("Transfer-Encoding")?.lowercased() == "chunked" {
            body = try Self.dechunked(rest)
        } else if let length = header("Content-Length").flatMap(Int.init) {
            guard rest.count >= length else { throw ServerProcess.Failure(description: "a body of \(rest.count) bytes, \(length) announced") }
            body = Data(rest[..<length])
        } else {
            body = Data(rest)
        }
    }

    private static func dechunked(_ bytes: [UInt8]) throws -> Data {
        var body = Data(), index = 0
        let lineEnd: [UInt8] = Array("\r\n".utf8)
        while let sizeEnd = bytes[index...].indices.first(where: { bytes[$0...].starts(with: lineEnd) }) {
            guard let size = Int(String(decoding: bytes[index..<sizeEnd], as: UTF8.self), radix: 16) else { break }
            if size == 0 { return body }
            let start = sizeEnd + 2
            guard start + size <= bytes.count else { break }
            body.append(contentsOf: bytes[start..<(start + size)])
            index = start + size + 2
            guard index <= bytes.count else { break }
        }
        throw ServerProcess.Failure(description: "a chunked body that does not end")
    }
}
