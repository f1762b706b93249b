import Foundation
import Pledge
import PledgeServer

// `pledge-server --rules Rules`: see ServerSettings.usage. Exit status: 0 after a graceful
// shutdown (SIGTERM, SIGINT), 1 when it cannot serve (the address in use), 2 for a bad
// command line, rules that do not load or a decision log that cannot be opened.
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
