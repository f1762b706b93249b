import Foundation

/// Writing to a POSIX file descriptor in full: a short write continues, a signal retries.
package enum DescriptorWriter {
    /// Writes every byte; returns the errno of a failed write, or 0.
    package static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        var rest = bytes[...]
        while !rest.isEmpty {
            let written = rest.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written >= 0 {
                rest = rest.dropFirst(written)
            } else if errno != EINTR {
                return errno
            }
        }
        return 0
    }
}
