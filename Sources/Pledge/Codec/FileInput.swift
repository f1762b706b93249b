import Foundation

/// Reads a file's bytes for a decoder, refusing one over the size limit before reading it
/// (so a gigabyte file costs a `stat`, not a gigabyte of memory).
enum FileInput {
    static func bytes(atPath path: String, limit: Int) throws -> [UInt8] {
        let url = URL(fileURLWithPath: path)
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw PledgeError.unreadable(file: path, reason: Self.reason(error))
        }
        defer { try? handle.close() }
        do {
            // One byte past the limit tells an over-size file (or an endless stream) apart.
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            if data.count > limit {
                let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? data.count
                throw PledgeError.invalid([Diagnostic(.tooLarge(bytes: max(size, data.count), limit: limit), file: path)])
            }
            return [UInt8](data)
        } catch let error as PledgeError {
            throw error
        } catch {
            throw PledgeError.unreadable(file: path, reason: Self.reason(error))
        }
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)), underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == CocoaError.fileReadNoSuchFile.rawValue { return "no such file" }
        return nsError.localizedDescription
    }
}
