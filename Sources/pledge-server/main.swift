import Foundation
import Pledge
import PledgeServer

// `pledge-server --rules Rules`: see ServerSettings.usage. Exit status: 0 after a graceful
// shutdown (SIGTERM, SIGINT), 2 for a bad command line or rules that do not load.
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
} catch {
    FileHandle.standardError.write(Data("pledge-server: error: \(error)\n".utf8))
    exit(1)
}
