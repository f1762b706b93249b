import Dispatch
import Foundation

/// `pledge check` as a stream: operations are read, decided and written a batch at a
/// time, so memory stays flat whatever the input's size, and the summary comes last.
/// A large batch is cut in as many parts as there are cores, each read, decided and
/// written into its own bytes on its own thread; the parts are then written in order, so
/// the results keep the order of the input. Each thread keeps the shapes of the results
/// it wrote (``CheckShapeCache``), so a repeated operation costs a lookup and a copy, and
/// of the lines it read (``CheckLineCache``), so a line repeated with another id is not
/// even read.
package final class CheckStream {
    /// Lines read at a time from a JSON Lines input.
    package static let batchLines = 8_192
    /// Below this, a batch is not worth handing to other threads.
    private static let parallelFrom = 2_048

    private let engine: Engine
    private let run: CheckRun
    private let reporter: any CheckStreamingReporter
    /// The reporter, when it writes shapes by numbers.
    private let numbered: (any NumberedShapeWriter)?
    /// The reporter, when it writes a plain line's result from its numbers alone.
    private let lineWriter: (any NumberedLineWriter)?
    /// The reporter's separator.
    private let separator: [UInt8]
    private let write: ([UInt8]) throws -> Void
    private let cores: Int
    /// One per thread of a batch, kept from batch to batch.
    private let caches: [CheckShapeCache]
    private let lineCaches: [CheckLineCache]
    /// Every outcome written so far.
    package private(set) var tally = CheckTally()
    /// Bytes written per result so far, to size the next batch's buffers.
    private var bytesPerResult = 0
    /// One per thread of a batch, emptied and kept from batch to batch: the next batch's
    /// results are written in the room of the last's, not in megabytes allocated, touched
    /// and given back to the system batch after batch.
    private var buffers: [[UInt8]]

    /// - Parameter write: takes the output piece by piece, in order.
    package init(engine: Engine, run: CheckRun, reporter: any CheckStreamingReporter,
                 cores: Int = ProcessInfo.processInfo.activeProcessorCount, write: @escaping ([UInt8]) throws -> Void) {
        self.engine = engine
        self.run = reporter.prepare(run, engine: engine)
        self.reporter = reporter
        numbered = reporter as? any NumberedShapeWriter
        lineWriter = reporter as? any NumberedLineWriter
        separator = Array(reporter.separator.utf8)
        self.cores = max(1, cores)
        self.write = write
        buffers = Array(repeating: [], count: self.cores)
        caches = (0..<self.cores).map { _ in CheckShapeCache() }
        lineCaches = (0..<self.cores).map { _ in CheckLineCache() }
    }

    /// Decides and writes operations already read (a YAML or JSON file).
    package func check(_ operations: [Operation]) throws {
        var piece = Piece(separator: separator)
        for operation in operations {
            piece.add(operation, caches[0].entry(operation, engine, reporter, numbered: numbered, run), reporter)
        }
        try emit([piece])
    }

    /// Reads, decides and writes a JSON Lines input to its end. `report` gets the problems
    /// of each batch (bad lines, over-long lines) in line order, as they are met.
    /// - Returns: how many operations were decided, and how many problems were met.
    @discardableResult
    package func check(_ stream: JSONLinesStream, reader: JSONLinesOperationReader,
                       report: ([Diagnostic]) -> Void) throws -> (operations: Int, problems: Int) {
        var operations = 0, problems = 0
        let classes = engine.termClasses(reader.termTable)
        var file = reader.file
        let fileAsItStands = lineWriter.map { writer in file.withUTF8 { writer.writesAsItStands(file: $0) } } ?? false
        while let batch = try stream.next(maxLines: Self.batchLines) {
            let parts = batch.lines.count >= Self.parallelFrom ? cores : 1
            var pieces = stream.withBytes { bytes in
                decide(batch.lines, in: SharedBytes(bytes: bytes), parts: parts, reader, classes, fileAsItStands: fileAsItStands)
            }
            let diagnostics = batch.problems + pieces.flatMap(\.diagnostics)
            if !diagnostics.isEmpty { report(diagnostics.sorted()) }
            problems += diagnostics.count
            operations += pieces.reduce(0) { $0 + $1.tally.operations }
            try emit(pieces)
            for part in pieces.indices {
                swap(&buffers[part], &pieces[part].bytes)
                buffers[part].removeAll(keepingCapacity: true)
            }
        }
        return (operations, problems)
    }

    /// Writes the tail, when some result was written.
    package func finish() throws {
        if tally.operations > 0 { try write(Array(reporter.tail(run, tally).utf8)) }
    }

    private func decide(_ lines: [JSONLinesStream.Line], in bytes: SharedBytes, parts: Int,
                        _ reader: JSONLinesOperationReader, _ classes: TermClasses, fileAsItStands: Bool) -> [Piece] {
        let engine = engine, reporter = reporter, numbered = numbered, lineWriter = lineWriter, run = run
        let caches = caches, lineCaches = lineCaches, spellings = reader.termTable.spellings, separator = separator
        let results = Pieces((0..<parts).map { part in
            var piece = Piece(separator: separator)
            swap(&piece.bytes, &buffers[part])
            return piece
        })
        let share = (lines.count + parts - 1) / parts
        let reserve = bytesPerResult + bytesPerResult / 4
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var piece = results.take(part)
            piece.bytes.reserveCapacity(share * reserve)
            let shapes = caches[part], seen = lineCaches[part]
            // Each plain line is read into these values: as numbers only when the reporter
            // writes from them, else as an operation.
            var operation = Operation(action: "", data: []), numbers = TermNumbers(), place = NumberedLine()
            var file = reader.file
            file.withUTF8 { fileBytes in
                // The input's name, and its bytes when the writer writes them as they stand.
                let input = (name: reader.file, bytes: fileAsItStands ? fileBytes : nil)
                let mine = lines[min(lines.count, part * share)..<min(lines.count, (part + 1) * share)]
                // The first batch knows no size a result takes: its room is sized from its
                // first result, not grown from empty (a dozen copies of all it holds).
                var sized = reserve > 0
                for line in mine {
                    if !sized, !piece.bytes.isEmpty {
                        piece.bytes.reserveCapacity(piece.bytes.count * mine.count * 5 / 4)
                        sized = true
                    }
                    let text = UnsafeBufferPointer(rebasing: bytes.bytes[line.bytes])
                    if piece.add(text, number: line.number, file: input, seen, reporter, lineWriter) {
                        continue
                    }
                    if let lineWriter, reader.readPlain(text, number: line.number, into: &place, numbers: &numbers), numbers.complete,
                       let result = piece.add(place, numbers, text, number: line.number, file: input, shapes, engine, lineWriter, run,
                                              classes, spellings) {
                        if let found = result.found {
                            seen.keep(text, numbers.operation(spellings.terms), column: place.column, result.outcome, found)
                        }
                    } else if reader.readPlain(text, number: line.number, into: &operation, numbers: &numbers) {
                        let result = shapes.entry(operation, engine, reporter, numbered: numbered, run, read: (numbers, classes))
                        if result.known { seen.keep(text, operation, column: operation.location?.column ?? 0, result.outcome, result.shape) }
                        piece.add(operation, result, reporter)
                    } else {
                        let read = reader.checkedOperation(text, number: line.number, offset: line.offset)
                        piece.diagnostics += read.diagnostics
                        if let operation = read.operation {
                            piece.add(operation, shapes.entry(operation, engine, reporter, numbered: numbered, run), reporter)
                        }
                    }
                }
            }
            results.set(part, piece)
        }
        return results.all
    }

    private func emit(_ pieces: [Piece]) throws {
        for piece in pieces where piece.tally.operations > 0 {
            if tally.operations == 0 {
                try write(Array(reporter.head(run).utf8) + piece.bytes.dropFirst(separator.count))
            } else {
                try write(piece.bytes)
            }
            tally.add(piece.tally)
            bytesPerResult = piece.bytes.count / piece.tally.operations
        }
    }

    /// The results of some operations as UTF-8, each preceded by the separator.
    private struct Piece: Sendable {
        /// The reporter's separator.
        let separator: [UInt8]
        var bytes: [UInt8] = []
        var tally = CheckTally()
        var diagnostics: [Diagnostic] = []

        /// Adds the result of a line like one `seen` kept; false (nothing added) when there is none.
        mutating func add(_ line: UnsafeBufferPointer<UInt8>, number: Int, file: (name: String, bytes: UnsafeBufferPointer<UInt8>?),
                          _ seen: CheckLineCache, _ reporter: any CheckStreamingReporter, _ lineWriter: (any NumberedLineWriter)?) -> Bool {
            let mark = bytes.count
            if !separator.isEmpty { bytes += separator }
            guard let outcome = seen.write(line, number: number, file: file, reporter, lineWriter, into: &bytes) else {
                if bytes.count > mark { bytes.removeSubrange(mark...) }
                return false
            }
            tally.add(outcome)
            return true
        }

        /// Adds the result of a line read as `numbers` only, its id and brace at `place`, of
        /// `file` (its name, and its bytes when the writer writes it as it stands), found in
        /// `shapes` or decided by numbers — written straight into the bytes where the id and
        /// place allow it. Gives the outcome, and the shape when it was found; nil (nothing
        /// added) when the line must be read as an operation (``CheckShapeCache/entry(_:_:_:_:_:_:)``).
        mutating func add(_ place: NumberedLine, _ numbers: TermNumbers, _ line: UnsafeBufferPointer<UInt8>, number: Int,
                          file: (name: String, bytes: UnsafeBufferPointer<UInt8>?), _ shapes: CheckShapeCache, _ engine: Engine,
                          _ writer: any NumberedLineWriter, _ run: CheckRun, _ classes: TermClasses,
                          _ spellings: TermSpellings) -> (outcome: Outcome, found: CheckEntryShape?)? {
            if let id = place.id, let fileBytes = file.bytes {
                let mark = bytes.count
                if !separator.isEmpty { bytes += separator }
                if let written = shapes.write(numbers, engine, writer, run, classes, spellings, id: UnsafeBufferPointer(rebasing: line[id]),
                                              file: fileBytes, line: number, column: place.column, into: &bytes) {
                    tally.add(written.outcome)
                    return written
                }
                if bytes.count > mark { bytes.removeSubrange(mark...) }
            }
            // A file that needs an escape, a place too long to gather, or no id (the text report names the terms instead).
            guard let result = shapes.entry(numbers, engine, writer, run, classes, spellings) else { return nil }
            var operation = numbers.operation(spellings.terms)
            operation.id = place.id.map { String(decoding: UnsafeBufferPointer(rebasing: line[$0]), as: UTF8.self) }
            operation.location = SourceLocation(file: file.name, line: number, column: place.column)
            add(operation, result, writer)
            return (result.outcome, result.known ? result.shape : nil)
        }

        mutating func add(_ operation: Operation, _ result: CheckShapeCache.Shaped, _ reporter: any CheckStreamingReporter) {
            bytes += separator
            reporter.write(operation, id: operation.id, location: CheckReport.location(of: operation), outcome: result.outcome,
                           shape: result.shape, into: &bytes)
            tally.add(result.outcome)
        }
    }

    /// The pieces of one batch, filled in by several threads, one slot each: each takes its
    /// piece (empty, in the room of a kept buffer) and sets it back filled.
    private final class Pieces: @unchecked Sendable {
        private var slots: [Piece]
        private let lock = NSLock()

        init(_ pieces: [Piece]) { slots = pieces }

        /// The piece of `part`, its slot left empty, so that its bytes are the piece's alone.
        func take(_ part: Int) -> Piece {
            lock.withLock {
                var piece = Piece(separator: [])
                swap(&piece, &slots[part])
                return piece
            }
        }

        func set(_ part: Int, _ piece: Piece) { lock.withLock { slots[part] = piece } }
        var all: [Piece] { lock.withLock { slots } }
    }

    /// A batch's bytes, read (never written) by the threads that decide it.
    private struct SharedBytes: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
    }
}
