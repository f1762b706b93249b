/// What receives each region of a ``RegionPartition`` as it is cut, with its number (the
/// order of cutting, the index ``RegionPartition/region(of:retention:context:)`` answers):
/// the caller decides it and keeps only what its report needs.
protocol RegionVisitor {
    mutating func visit(_ region: Region, index: Int)
}
