extension Sequence {
    /// The elements with no counterpart of the same key in `others`, in order. Each
    /// counterpart matches once, so a clause stated twice in one version and once in the
    /// other leaves one unmatched.
    func unmatched<Key: Hashable>(against others: some Sequence<Element>, by key: (Element) -> Key) -> [Element] {
        var available: [Key: Int] = [:]
        for other in others { available[key(other), default: 0] += 1 }
        return filter { element in
            let k = key(element)
            guard let n = available[k], n > 0 else { return true }
            available[k] = n - 1
            return false
        }
    }
}
