import FlowDiagnostics
import FlowDomain
import FlowEngine

/// A review's deadline and decisions, for people and for scripts.
enum ReviewOutput {
    /// `2026-11-27 (1 working day, received 2026-11-26)` or `unknown: no calendar for 2027`.
    static func due(_ deadline: ReviewDeadline, _ language: Language) -> String {
        let zh = language == .zh
        switch deadline.due {
        case let .known(received, earliest, latest):
            let span = earliest == latest ? "\(latest)" : "\(earliest) – \(latest)"
            return zh
                ? "\(span)（\(deadline.workingDays) 个工作日，受理日 \(received)）"
                : "\(span) (\(deadline.workingDays) working day\(deadline.maxWorkingDays == 1 ? "" : "s"), received \(received))"
        case let .unknown(error):
            return zh ? "未知：\(error.message.zh)" : "unknown: \(error.message.en)"
        }
    }

    /// `rejected by 王审核 2026-11-26T10:00:00+08:00: reason; back to step materials`.
    static func decision(_ decision: ReviewDecision, _ language: Language) -> String {
        let zh = language == .zh
        let verdict = switch (decision.verdict, zh) {
        case (.approved, false): "approved"
        case (.rejected, false): "rejected"
        case (.approved, true): "审核通过"
        case (.rejected, true): "审核退回"
        }
        var text = "\(verdict) \(zh ? "处理人" : "by") \(decision.by) \(OrderViewOutput.timestamp(decision.at))"
        if let reason = decision.reason { text += zh ? "：\(reason)" : ": \(reason)" }
        if let step = decision.returnTo { text += zh ? "；退回至步骤 \(step)" : "; back to step \(step)" }
        return text
    }

    static func value(_ deadline: ReviewDeadline) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("submitted", .string(deadline.submitted.description)), ("working_days", .string(deadline.workingDays)),
        ]
        switch deadline.due {
        case let .known(received, earliest, latest):
            members += [("received", .string(received.description)), ("earliest", .string(earliest.description)), ("due", .string(latest.description))]
        case let .unknown(error):
            members += [("due", .null), ("unknown", .object([("en", .string(error.message.en)), ("zh", .string(error.message.zh))]))]
        }
        return .object(members)
    }

    static func value(_ decision: ReviewDecision) -> JSONValue {
        .object([
            ("verdict", .string(decision.verdict.rawValue)), ("by", .string(decision.by)),
            ("at", .string(OrderViewOutput.timestamp(decision.at))), ("reason", decision.reason.map(JSONValue.string) ?? .null),
            ("return_to", decision.returnTo.map(JSONValue.string) ?? .null),
        ])
    }
}
