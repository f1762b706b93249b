import Foundation
import NIOCore
import NIOPosix
import Pledge
import PledgeServer

// `pledge-server --rules Rules`: see ServerSettings.usage. Exit status: 0 after a graceful
// shutdown (SIGTERM, SIGINT), 1 when it cannot serve (the address in use), 2 for a bad
// command line, rules that do not load or a decision log that cannot be opened.

// Requests are answered on their connection's event loop (DecisionConnection); the tasks left
// — a check waiting for the decision log, the server's own service tasks — run on those event
// loops too, not on a second pool of threads competing for the same cores. First, before any
// task runs.
NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
#if canImport(Glibc)
// An answer to a batch is a buffer of hundreds of KiB, allocated and freed for every request.
// glibc's defaults hand such a buffer back to the kernel when it is freed, and the next
// answer's is faulted in again page by page (a fifth of a batch's time); kept in the
// process, freed memory is reused. Bounded: blocks over 4 MiB (a decision log backlog) are
// still mapped and unmapped on their own, and more than 16 MiB free at the top of a heap is
// handed back.
// (`mallopt` is in malloc.h, which the Glibc module leaves out; -3 and -1 are
// M_MMAP_THRESHOLD and M_TRIM_THRESHOLD there.)
if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {
    let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
    _ = mallopt(-3, 4 << 20)
    _ = mallopt(-1, 16 << 20)
}
#endif
do {
    let settings = try ServerSettings.parse(Array(CommandLine.arguments.dropFirst()))
    try await DecisionServer.run(settings)
} catch ServerSettingsError.help {
    print(ServerSettings.usage)
} catch ServerSettingsError.usage(let message) {
    FileHandle.standardError.write(Data("pledge-server: error: \(message)\n\n\(ServerSettings.usage)\n".utf8))
    exit(2)
} catch let error as PledgeError {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
} catch let error as DecisionServerError {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("pledge-server: error: \(error)\n".utf8))
    exit(1)
}
