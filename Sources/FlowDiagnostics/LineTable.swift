import Synchronization

/// A once-computed table of line start offsets, shared by the copies of one `SourceFile`.
final class LineTable: Sendable {
    private let storage = Mutex<[Int]?>(nil)

    func starts(_ compute: () -> [Int]) -> [Int] {
        storage.withLock { cached in
            if let cached { return cached }
            let computed = compute()
            cached = computed
            return computed
        }
    }
}
