// libFuzzer's driver runs the target named by PLEDGE_FUZZ_TARGET (see Sources/pledge-fuzz/run). Built
// only with PLEDGE_FUZZ=1 and -sanitize=fuzzer, which supplies the driver.
import CFuzzDriver
import Foundation

let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["PLEDGE_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        fatalError("set PLEDGE_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return target
}()

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    target.run(UnsafeBufferPointer(start: data, count: size))
    return 0
})
