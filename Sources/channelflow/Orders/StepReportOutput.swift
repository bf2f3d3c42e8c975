import FlowDiagnostics
import FlowEngine
import FlowStore
import FlowModel

/// How step reports, refusals and stops are printed: text for people, JSON for scripts.
/// Labels come in both languages as the flows write them; messages follow `--lang`.
struct StepReportOutput {
    let language: Language
    let json: Bool

    func text(_ report: StepReport) -> String {
        var lines: [String] = []
        let mark = switch report.outcome {
        case .completed: "✓"
        case .waiting: "⏸"
        }
        lines.append("\(mark) \(report.step)  \(report.title.zh) · \(report.title.en)")
        for answer in report.answers {
            lines.append("    \(answer.label.zh) \(answer.label.en): \(answer.value)")
        }
        for warning in report.warnings {
            lines.append("    ! \(warning.text(language))")
        }
        for action in report.actions {
            lines.append(actionLine(action, place: action.step == report.step ? "→" : "↳ \(action.step):"))
        }
        if case let .waiting(wait) = report.outcome {
            lines.append("    " + (language == .zh ? "等待：\(wait.rawValue)" : "waiting for: \(wait.rawValue)"))
        }
        if let captcha = report.captcha {
            lines.append("    随机码 Random code:")
            lines += captcha.text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// Ends an order's wait with `end` (a confirmation, an approval) and prints the step (its JSON
    /// with `--json`); when the order moves on, runs it as far as it goes with no answers (a step
    /// that needs answers waits for `resume`).
    func endWait(_ options: EngineOptions, movesOn: Bool, _ end: (FlowEngine) async throws(EngineError) -> StepReport) async throws {
        try await CommandFailure.reporting(language) {
            let setup = try EngineSetup(options)
            let report: StepReport
            do throws(EngineError) { report = try await end(setup.engine) } catch {
                errorLines(error).forEach(Terminal.printError)
                throw ExitStatus(error).exitCode
            }
            Terminal.printOut(json ? JSONWriter(pretty: true).string(value(report)) : text(report))
            guard movesOn else { return }
            let stop = await setup.engine.advance(report.order, with: AnswersBook()) { next in
                if !json { Terminal.printOut(text(next)) }
            }
            if case let .failed(error) = stop {
                errorLines(error).forEach(Terminal.printError)
                throw ExitStatus(error).exitCode
            }
        }
    }

    func actionLine(_ action: ActionSummary, place: String) -> String {
        let facts = action.detail.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        return "    \(place) \(action.name)\(facts.isEmpty ? "" : "  " + facts)"
    }

    func value(_ report: StepReport) -> JSONValue {
        let outcome: JSONValue = switch report.outcome {
        case .completed: .string("completed")
        case let .waiting(wait): .string("waiting:" + wait.rawValue)
        }
        return .object([
            ("order", .string(report.order)),
            ("step", .string(report.step)),
            ("title", Self.text(report.title)),
            ("outcome", outcome),
            ("answers", .array(report.answers.map { .object([("field", .string($0.field)), ("label", Self.text($0.label)), ("value", .string($0.value))]) })),
            ("warnings", .array(report.warnings.map(Self.value))),
            ("actions", .array(report.actions.map { action in
                .object([("step", .string(action.step)), ("name", .string(action.name)), ("detail", .object(action.detail.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))])
            })),
            ("status", .string(report.status.rawValue)),
            ("next", report.next.map(JSONValue.string) ?? .null),
            ("captcha_svg", report.captcha.map { JSONValue.string($0.svg) } ?? .null),
        ])
    }

    /// A refusal before any step ran (the order could not be started, or is not in the
    /// database): with `--json` the JSON of a `refused` stop on standard output, as scripts get
    /// for a refusal at any later step; else the message on standard error.
    func printRefusal(_ error: EngineError, _ context: [(String, JSONValue)]) {
        guard json else { return errorLines(error).forEach(Terminal.printError) }
        Terminal.printOut(JSONWriter(pretty: true).string(.object(
            context + [("stop", .string("refused")), ("error", value(error)), ("steps", .array([]))])))
    }

    /// Every wrong field of a refused step, or the refusal.
    func errorLines(_ error: EngineError) -> [String] {
        var lines = [language == .zh ? "错误：\(error.message.zh)" : "error: \(error.message.en)"]
        if case let .invalidAnswers(_, errors) = error {
            lines += errors.map { "    ✗ " + $0.text(language) }
        }
        return lines
    }

    func value(_ error: EngineError) -> JSONValue {
        var fields: [(String, JSONValue)] = [("message", Self.message(error.message))]
        switch error {
        case let .invalidAnswers(step, errors):
            fields.append(("step", .string(step)))
            fields.append(("fields", .array(errors.map(Self.value))))
        case let .rejected(step, _):
            fields.append(("step", .string(step)))
        case let .guardTaken(existing, _):
            fields.append(("existing_order", .string(existing)))
        default:
            break
        }
        return .object(fields)
    }

    static func value(_ error: FieldError) -> JSONValue {
        .object([("field", .string(error.field)), ("label", text(error.label)), ("message", message(error.message))])
    }

    static func text(_ text: LocalizedText) -> JSONValue {
        .object([("zh", .string(text.zh)), ("en", .string(text.en))])
    }

    static func message(_ message: LocalizedMessage) -> JSONValue {
        .object([("zh", .string(message.zh)), ("en", .string(message.en))])
    }
}
