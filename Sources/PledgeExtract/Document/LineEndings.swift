/// One form of text for every reader: a Windows (`CRLF`) or old Mac (`CR`) line break
/// becomes a line feed, and a leading byte-order mark is dropped. Done once, at input, so
/// no reader has to know; Swift reads `"\r\n"` as one `Character`, which a split on
/// `"\n"` would never find.
enum LineEndings {
    static func normalized(_ text: String) -> String {
        let bytes = text.utf8
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        guard hasBOM || bytes.contains(0x0D) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes.dropFirst(hasBOM ? 3 : 0) {
            if byte == 0x0D {
                out.append(0x0A)
                previousWasCR = true
                continue
            }
            if byte == 0x0A, previousWasCR { previousWasCR = false; continue }
            previousWasCR = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
