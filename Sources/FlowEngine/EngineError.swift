public import FlowDiagnostics

/// Why an operation on an order was refused. Every case carries a message in both languages.
public enum EngineError: Error, Sendable, Hashable {
    /// Wrong answers: every wrong field of the step at once.
    case invalidAnswers(step: String, [FieldError])
    /// A verification or check said no (enterprise data mismatch, wrong SMS code …).
    case rejected(step: String, LocalizedMessage)
    /// The order cannot do this now (cancelled, finished, waiting, not at that step …).
    case notAllowed(LocalizedMessage)
    /// Another open order holds the subject or certificate.
    case guardTaken(existingOrder: String, LocalizedMessage)
    /// The order changed since it was read.
    case stale(LocalizedMessage)
    case orderNotFound(String)
    /// The pinned definition cannot be run (a broken expression, an unknown step).
    case definition(LocalizedMessage)
    /// A provider failed; the step can be retried.
    case provider(LocalizedMessage)
    /// The database failed (disk full, corrupted file); nothing was committed.
    case storage(LocalizedMessage)

    static func storage(_ error: any Error) -> EngineError {
        .storage(LocalizedMessage(en: "the database refused the operation: \(error)", zh: "数据库操作失败：\(error)"))
    }

    public var message: LocalizedMessage {
        switch self {
        case let .invalidAnswers(step, errors):
            LocalizedMessage(
                en: "step \(step): \(errors.count) answer(s) to correct",
                zh: "步骤 \(step)：有 \(errors.count) 项需要更正")
        case let .rejected(_, message), let .notAllowed(message), let .guardTaken(_, message), let .stale(message),
             let .definition(message), let .provider(message), let .storage(message):
            message
        case let .orderNotFound(id):
            LocalizedMessage(en: "no order \(id) in this database", zh: "本数据库中没有订单 \(id)")
        }
    }
}
