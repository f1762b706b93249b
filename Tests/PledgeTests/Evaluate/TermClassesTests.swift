import Testing
@testable import Pledge

/// An operation read from a JSON line with its terms' numbers (``TermNumbers``) is decided
/// and explained by those numbers (``TermClasses``) exactly as by its strings: the same
/// outcome and the same result bytes. Whatever the numbers cannot stand for — a term the
/// reader knows and the policy does not, more data keys or facts than they hold, a
/// retention — goes the string way, which words the problem: such an operation still
/// fails closed.
@Suite struct TermClassesTests {
    /// The operation as a JSON line, each field as an operations log writes it.
    func line(_ operation: Pledge.Operation) -> String {
        func quoted(_ text: String) -> String { "\"\(text)\"" }
        var fields = ["\"id\": \"t\"", "\"action\": \(quoted(operation.action))",
                      "\"data\": [\(operation.data.map(quoted).joined(separator: ", "))]"]
        if let r = operation.recipient { fields.append("\"recipient\": \(quoted(r))") }
        if let p = operation.purpose { fields.append("\"purpose\": \(quoted(p))") }
        if let i = operation.identifiability { fields.append("\"identifiability\": \(quoted(i))") }
        if !operation.context.isEmpty { fields.append("\"context\": [\(operation.context.map(quoted).joined(separator: ", "))]") }
        if let d = operation.retention { fields.append("\"retention\": \(quoted(d.text))") }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    @Test func anOperationReadByNumbersIsExplainedAsByItsStrings() throws {
        var byNumbers = 0, fellBack = 0, invalid = 0
        for seed in 1...10 {
            var random = RandomPolicy(seed: UInt64(seed))
            let document = random.document(rules: 30)
            let engine = try Engine(document: document)
            // The reader knows one defined term more than the policy does.
            var readerTerms = document.terms
            readerTerms["extra_term"] = ["user.contact.email"]
            let terms = OperationTerms(taxonomy: .standard, terms: readerTerms)
            let classes = engine.termClasses(terms.table)
            let reporter = CheckTextReporter()
            let run = reporter.prepare(CheckRun(rulesFile: "rules.yaml", policy: document.policy, allowsUncovered: false), engine: engine)
            let bytes = try #require(run.explanation)
            for n in 0..<200 {
                var operation = random.operation()
                if n % 17 == 0 { operation.data.append("extra_term") }
                if n % 23 == 0 { operation.data += ["user.contact.email", "user.behavior", "user.content", "user.name"] }
                if n % 29 == 0 { operation.context += ["consent", "subpoena", "fraud", "consent", "subpoena"] }
                let text = line(operation)
                var read = Pledge.Operation(action: "", data: []), numbers = TermNumbers()
                let taken = Array(text.utf8).withUnsafeBufferPointer {
                    PlainOperationLine.read($0, file: "ops.jsonl", number: 1, terms: terms, into: &read, numbers: &numbers)
                }
                // A line of an unknown term, or of a retention on an act that keeps nothing, is the full reader's.
                guard taken else { continue }
                let viaNumbers = engine.explain(read, numbers, classes) { ($0.outcome, reporter.shape(of: $0, read, run, bytes).after) }
                let viaStrings = engine.explain(read) { ($0.outcome, reporter.shape(of: $0, read, run, bytes).after) }
                #expect(viaNumbers?.0 == viaStrings?.0 && viaNumbers?.1 == viaStrings?.1, "\(text)")
                if viaStrings == nil {
                    // Invalid (the extra term): denied with its errors by the decision's way.
                    #expect(!engine.evaluate(read).errors.isEmpty, "\(text)")
                    invalid += 1
                } else if engine.policy.withSpace(of: numbers, classes, retention: read.retention, { _ in true }) != nil {
                    byNumbers += 1
                } else {
                    fellBack += 1
                }
            }
        }
        // The numbers decided most lines; the rest were the string way's, valid or not.
        #expect(byNumbers > 1_000, "\(byNumbers) by numbers")
        #expect(fellBack > 50, "\(fellBack) fell back")
        #expect(invalid > 50, "\(invalid) invalid")
    }
}
