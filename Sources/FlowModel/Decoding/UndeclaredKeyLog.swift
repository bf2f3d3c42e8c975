import Synchronization

/// Keys a decoder asked for that its schema does not declare. `NodeReader` never returns such a
/// key, so it could never be read from a file: a test binds a log while decoding files that use
/// every key of the language and expects it to stay empty.
final class UndeclaredKeyLog: Sendable {
    @TaskLocal static var current: UndeclaredKeyLog?

    private let keys = Mutex<[String]>([])

    /// `schema-name.key` for each undeclared key asked for, in the order asked.
    var recorded: [String] { keys.withLock { $0 } }

    func record(_ key: String, in schema: String) {
        keys.withLock { $0.append("\(schema).\(key)") }
    }
}
