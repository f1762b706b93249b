@testable import Pledge

/// Every region of a partition, kept in the order cut: what tests look at (the library's
/// visitors keep only what their reports need).
struct RegionList: RegionVisitor {
    var regions: [Region] = []

    mutating func visit(_ region: Region, index: Int) {
        precondition(index == regions.count, "regions are numbered in the order cut")
        regions.append(region)
    }
}
