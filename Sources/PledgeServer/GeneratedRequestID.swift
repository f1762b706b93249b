import Synchronization

/// The id a request gets when its caller sent none: `<run>-<n>`, where `<run>` is 16 hex
/// digits drawn at random once per server run and `<n>` counts the run's requests from 1.
/// Unique across replicas and restarts (64 random bits a run) without reading the system's
/// random source per request, as a new UUID does (an `open` of `/dev/urandom` on Linux).
enum GeneratedRequestID {
    private static let run: String = {
        var generator = SystemRandomNumberGenerator()
        let bits = generator.next() as UInt64
        let hex = String(bits, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }()

    private static let counter = Atomic<UInt64>(0)

    static func next() -> String {
        let n = counter.wrappingAdd(1, ordering: .relaxed).newValue
        return run + "-" + String(n)
    }
}
