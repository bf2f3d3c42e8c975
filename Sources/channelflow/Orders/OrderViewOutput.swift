import FlowDiagnostics
import FlowModel
import FlowDomain
import FlowEngine
import FlowStore
import Foundation

/// An order for people and for scripts; only masked data reaches it.
enum OrderViewOutput {
    static func text(_ view: OrderView, _ language: Language) -> String {
        let record = view.record
        var lines = [
            "\(language == .zh ? "订单" : "order") \(record.id)  [\(record.status.rawValue)\(record.wait.map { ": " + $0 } ?? "")]",
            "  \(view.channelName.zh) · \(view.channelName.en) / \(view.flowTitle.zh) · \(view.flowTitle.en)",
            "  \(language == .zh ? "当前步骤" : "step"): \(record.step)  \(view.stepTitle.zh) · \(view.stepTitle.en)",
            "  \(language == .zh ? "已完成" : "done"): \(view.path.joined(separator: " → "))",
            "  \(language == .zh ? "主体" : "subject"): \(record.subject ?? "-")   version \(record.version)   definition \(record.definitionHash.prefix(16))",
        ]
        if let review = view.review {
            lines.append("  \(language == .zh ? "审核期限" : "review due"): \(ReviewOutput.due(review, language))")
        }
        // A rejected order's applicant reads here why it came back and where to go on.
        if !view.decisions.isEmpty { lines.append(language == .zh ? "  审核记录：" : "  review decisions:") }
        for decision in view.decisions { lines.append("    " + ReviewOutput.decision(decision, language)) }
        if !view.answers.isEmpty { lines.append(language == .zh ? "  答案：" : "  answers:") }
        for answer in view.answers { lines.append("    \(answer.label.zh) \(answer.label.en): \(answer.value)") }
        for payment in view.payments {
            lines.append("  \(language == .zh ? "支付" : "payment") \(payment.id): \(Money(fen: payment.amountFen).formatted) \(payment.method) \(payment.status.rawValue) (\(payment.provider))")
        }
        for material in view.materials {
            lines.append("  \(language == .zh ? "资料" : "material") \(material.material): sha256:\(material.sha256.prefix(16))")
        }
        lines.append(language == .zh ? "  记录：" : "  history:")
        for event in view.events {
            lines.append("    \(timestamp(event.at)) \(event.kind) \(event.step ?? "") \(event.detail == "{}" ? "" : event.detail)")
        }
        return lines.joined(separator: "\n")
    }

    static func value(_ view: OrderView) -> JSONValue {
        let record = view.record
        return .object([
            ("order", .string(record.id)), ("channel", .string(record.channel)), ("flow", .string(record.flow)),
            ("status", .string(record.status.rawValue)), ("step", .string(record.step)),
            ("wait", record.wait.map(JSONValue.string) ?? .null), ("version", .integer(Int(record.version))),
            ("subject", record.subject.map(JSONValue.string) ?? .null), ("definition", .string(record.definitionHash)),
            ("path", .array(view.path.map(JSONValue.string))),
            ("review", view.review.map(ReviewOutput.value) ?? .null),
            ("decisions", .array(view.decisions.map(ReviewOutput.value))),
            ("answers", .array(view.answers.map { .object([("field", .string($0.field)), ("value", .string($0.value))]) })),
            ("payments", .array(view.payments.map {
                .object([("id", .string($0.id)), ("amount_fen", .integer(Int($0.amountFen))), ("status", .string($0.status.rawValue)), ("provider", .string($0.provider))])
            })),
            ("materials", .array(view.materials.map { .object([("material", .string($0.material)), ("sha256", .string($0.sha256))]) })),
            ("events", .array(view.events.map {
                .object([("at", .string(timestamp($0.at))), ("kind", .string($0.kind)), ("step", $0.step.map(JSONValue.string) ?? .null), ("detail", .string($0.detail))])
            })),
        ])
    }

    static func timestamp(_ milliseconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        return formatter.string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }
}
