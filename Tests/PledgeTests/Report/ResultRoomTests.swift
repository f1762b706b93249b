import Testing
@testable import Pledge

/// A result written in a thread's room (``ResultRoom``) is its pieces one after another
/// while they fit; once a piece does not, the room says so and holds nothing more.
@Suite struct ResultRoomTests {
    @Test func piecesThatFitAreWrittenInOrder() {
        let room = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 32)
        defer { room.deallocate() }
        var json = ResultRoom(room)
        json.literal("{\"line\":")
        json.decimal(1_234_567)
        Array(",\"id\":\"a\"}".utf8).withUnsafeBufferPointer { json.bytes($0) }
        #expect(!json.overflowed)
        #expect(String(decoding: json.written, as: UTF8.self) == "{\"line\":1234567,\"id\":\"a\"}")
    }

    /// Numbers of every count of digits, written two at a time (``DecimalDigits``), are the
    /// digits ``JSONWriter`` writes.
    @Test func numbersAreWrittenAsTheJSONWriterWritesThem() {
        let room = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 32)
        defer { room.deallocate() }
        var value = 1
        for digits in 1...19 {
            for number in [value, value + 1, value * 2 + 3] + (digits < 19 ? [value * 10 - 1] : []) {
                var expected: [UInt8] = []
                JSONWriter.appendDecimal(number, to: &expected)
                var json = ResultRoom(room)
                json.decimal(number)
                #expect(Array(json.written) == expected, "\(number), \(digits) digits")
            }
            if digits < 19 { value *= 10 }
        }
        var json = ResultRoom(room)
        json.decimal(Int.max)
        #expect(String(decoding: json.written, as: UTF8.self) == String(Int.max))
    }

    @Test func aPieceThatDoesNotFitOverflowsTheRoom() {
        let room = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 8)
        defer { room.deallocate() }
        for last in 0..<3 {
            var json = ResultRoom(room)
            json.literal("1234567")
            switch last {
            case 0: json.literal("89")
            case 1: json.decimal(42)
            default: json.bytes(Array("xy".utf8))
            }
            #expect(json.overflowed)
            json.literal("z")
            #expect(json.overflowed)
        }
        var exact = ResultRoom(room)
        exact.literal("1234567")
        exact.decimal(8)
        #expect(!exact.overflowed)
        #expect(String(decoding: exact.written, as: UTF8.self) == "12345678")
    }
}
