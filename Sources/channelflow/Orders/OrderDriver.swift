import FlowDiagnostics
import FlowModel
import FlowEngine
import FlowStore
import FlowProviders

/// Runs an order headless (an answers book) or interactively and prints what happens;
/// shared by `run` and `resume`.
struct OrderDriver {
    let setup: EngineSetup
    let output: StepReportOutput
    let channel: String

    /// Drives the order and returns the exit status: 0 at a wait or the end, 1 when it stops on
    /// a refusal or a step with no answers.
    func drive(_ order: String, book: AnswersBook, interactive: Bool) async -> ExitStatus {
        var reports: [StepReport] = []
        var book = book
        while true {
            let stop = await setup.engine.advance(order, with: book, confirming: interactive) { report in
                reports.append(report)
                if !output.json { Terminal.printOut(output.text(report)) }
            }
            if interactive, asksAgain(stop) {
                if case let .failed(error) = stop, !output.json { output.errorLines(error).forEach(Terminal.printError) }
                let typed: InteractivePrompt.Typed?
                do { typed = try InteractivePrompt(setup: setup, language: output.language).ask(order) } catch {
                    return finish(order, .failed(error), reports)
                }
                if let typed {
                    book.answers[typed.step] = typed.answers
                    book.uploads[typed.step] = typed.uploads
                    continue
                }
            }
            return finish(order, stop, reports)
        }
    }

    /// A step with no answers yet, or with wrong ones: a person at the terminal can answer it.
    private func asksAgain(_ stop: RunStop) -> Bool {
        switch stop {
        case .needsAnswers, .failed(.invalidAnswers), .failed(.rejected): true
        default: false
        }
    }

    private func finish(_ order: String, _ stop: RunStop, _ reports: [StepReport]) -> ExitStatus {
        let status: ExitStatus
        var summary: [(String, JSONValue)] = [("order", .string(order)), ("channel", .string(channel))]
        let zh = output.language == .zh
        var message: String
        switch stop {
        case .completed:
            status = .success
            message = zh ? "订单 \(order) 已办结" : "order \(order) is complete"
            summary.append(("stop", .string("completed")))
        case let .waiting(step, wait):
            status = .success
            message = zh ? "订单 \(order) 在步骤 \(step) 等待 \(wait)" : "order \(order) waits at step \(step) for \(wait)"
            summary.append(("stop", .string("waiting")))
            summary.append(("step", .string(step)))
            summary.append(("wait", .string(wait)))
        case let .needsAnswers(step):
            status = .inputErrors
            message = zh
                ? "订单 \(order) 停在步骤 \(step)：答案文件没有该步骤的答案；补充后运行 channelflow resume \(order) --answers 文件"
                : "order \(order) stopped at step \(step): the answers file has nothing for it; add them and run channelflow resume \(order) --answers FILE"
            summary.append(("stop", .string("needs-answers")))
            summary.append(("step", .string(step)))
        case let .failed(error):
            status = ExitStatus(error)
            message = ""
            if !output.json { output.errorLines(error).forEach(Terminal.printError) }
            summary.append(("stop", .string("refused")))
            summary.append(("error", output.value(error)))
        }
        summary.append(("steps", .array(reports.map(output.value))))
        summary.append(("sandbox", .array(sandboxRoles.map(JSONValue.string))))
        if output.json {
            Terminal.printOut(JSONWriter(pretty: true).string(.object(summary)))
        } else {
            if !message.isEmpty { (status == .success ? Terminal.printOut : Terminal.printError)(message) }
            if !sandboxRoles.isEmpty {
                Terminal.printOut(zh
                    ? "沙箱服务（非真实）：\(sandboxRoles.joined(separator: ", "))"
                    : "sandbox providers (not real services): \(sandboxRoles.joined(separator: ", "))")
            }
        }
        return status
    }

    private var sandboxRoles: [String] {
        setup.configuration.kinds(forChannel: channel).filter { $0.kind == .sandbox }.map(\.role)
    }
}
