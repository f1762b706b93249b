/// `"errors": [{"location": {column, file, line}, "message"}]`: located diagnostics as every JSON answer writes them —
/// the check reports, the decision API's answers and its errors.
extension JSONWriter {
    package mutating func diagnostics(_ errors: [Diagnostic]) {
        key("errors")
        beginArray()
        for error in errors {
            beginObject()
            location(error.location)
            field("message", error.message)
            endObject()
        }
        endArray()
    }

    /// `"location": {column, file, line}`, column and line left out when not known.
    package mutating func location(_ place: SourceLocation) {
        key("location")
        beginObject()
        if place.column > 0 { field("column", place.column) }
        field("file", place.file)
        if place.line > 0 { field("line", place.line) }
        endObject()
    }
}
