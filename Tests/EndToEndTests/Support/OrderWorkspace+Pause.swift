extension OrderWorkspace {
    /// Where a crash test stops a process, and the line it then writes to standard error.
    enum Pause: Sendable {
        /// Inside the transaction that completes the step, after its writes, before COMMIT.
        case inCommit(String)
        /// Right after that transaction committed.
        case afterCommit(String)
        /// In `outbox deliver`, after the provider accepted the N-th message, before it is marked sent.
        case afterSend(Int)

        var environment: [String: String] {
            switch self {
            case let .inCommit(step): ["CHANNELFLOW_PAUSE_IN_COMMIT": step]
            case let .afterCommit(step): ["CHANNELFLOW_PAUSE_AFTER_COMMIT": step]
            case let .afterSend(count): ["CHANNELFLOW_PAUSE_AFTER_SEND": String(count)]
            }
        }

        var marker: String {
            switch self {
            case let .inCommit(step): "paused-in-commit \(step)\n"
            case let .afterCommit(step): "paused-after-commit \(step)\n"
            case .afterSend: "paused-after-send "
            }
        }
    }
}
