import ArgumentParser
import Pledge

/// `--taxonomy FILE`: extend the bundled vocabulary with a user taxonomy file.
struct TaxonomyOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A taxonomy file that extends the bundled vocabulary.", valueName: "file"))
    var taxonomy: String?

    /// The taxonomy to use: the bundled one, extended with the user's file when given.
    func load() throws -> Taxonomy {
        guard let taxonomy else { return .standard }
        return try Taxonomy.standard(extendedWith: taxonomy)
    }
}
