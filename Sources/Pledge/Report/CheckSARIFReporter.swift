/// SARIF 2.1.0, for code scanning: one run whose tool lists as rules the policy clauses
/// that denied something (and `not-covered`), and one result per operation that is not
/// allowed, located at the operation in its file, with the deciding clause as a related
/// location in the policy text.
public struct CheckSARIFReporter: CheckReporter {
    public init() {}

    static let notCovered = "not-covered"
    static let invalid = "invalid-operation"

    private struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    private struct Run: Encodable {
        var tool: Tool
        var results: [Result]
    }

    private struct Tool: Encodable { var driver: Driver }

    private struct Driver: Encodable {
        var name = "pledge"
        var rules: [Descriptor]
    }

    private struct Descriptor: Encodable {
        var id: String
        var shortDescription: Message
        var fullDescription: Message
        var defaultConfiguration: Configuration
    }

    private struct Configuration: Encodable { var level: String }

    private struct Message: Encodable { var text: String }

    private struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]?
    }

    private struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Message?
    }

    private struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    private struct ArtifactLocation: Encodable { var uri: String }

    private struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
    }

    public func render(_ report: CheckReport) -> String {
        var descriptors: [Descriptor] = []
        var indexOf: [String: Int] = [:]
        func ruleIndex(_ id: String, _ describe: () -> Descriptor) -> Int {
            if let i = indexOf[id] { return i }
            indexOf[id] = descriptors.count
            descriptors.append(describe())
            return descriptors.count - 1
        }
        let policyFile = report.policyFile
        var results: [Result] = []
        for entry in report.entries where entry.decision.outcome != .allow {
            let decision = entry.decision
            let level = entry.fails(allowingUncovered: report.allowsUncovered) ? "error" : "note"
            let id: String, index: Int
            if !decision.errors.isEmpty {
                id = Self.invalid
                index = ruleIndex(id) {
                    Descriptor(id: id, shortDescription: Message(text: "The operation is invalid"),
                               fullDescription: Message(text: "An operation with an unknown term or no data is denied (fail closed)."),
                               defaultConfiguration: Configuration(level: "error"))
                }
            } else if let first = decision.deciding.first {
                id = first.ruleID
                index = ruleIndex(id) {
                    Descriptor(id: id, shortDescription: Message(text: "Denied by the policy clause '\(id)'"),
                               fullDescription: Message(text: first.source.text), defaultConfiguration: Configuration(level: "error"))
                }
            } else {
                id = Self.notCovered
                index = ruleIndex(id) {
                    Descriptor(id: id, shortDescription: Message(text: "The policy does not speak to the operation"),
                               fullDescription: Message(text: "No rule of the policy allows or denies (part of) the operation; Pledge fails closed."),
                               defaultConfiguration: Configuration(level: "error"))
                }
            }
            let related = decision.deciding.enumerated().map { i, reference in
                Location(id: i + 1, physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: TextEscaping.uriPath(policyFile)), region: Region(startLine: max(reference.source.line, 1))),
                         message: Message(text: "\(reference.ruleID) [\(ReviewStatusText.of(reference.review))]: \"\(reference.source.text)\""))
            }
            let place = entry.location
            results.append(Result(
                ruleId: id, ruleIndex: index, level: level,
                message: Message(text: "\(entry.name): \(decision.explanation)"),
                locations: [Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: TextEscaping.uriPath(place.file)),
                    region: place.line > 0 ? Region(startLine: place.line, startColumn: place.column > 0 ? place.column : nil) : nil))],
                relatedLocations: related.isEmpty ? nil : related))
        }
        return ReportJSON.encode(Log(runs: [Run(tool: Tool(driver: Driver(rules: descriptors)), results: results)]))
    }
}
