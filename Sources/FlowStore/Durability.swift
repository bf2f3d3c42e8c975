/// How hard a commit waits for the disk: `full` survives power loss, `normal` (in WAL mode)
/// survives a crash of the process but may lose the last commits on power loss.
public enum Durability: String, Sendable, CaseIterable {
    case full
    case normal

    var pragmaValue: String { rawValue.uppercased() }
}
