import FlowDiagnostics
import FlowEngine
import FlowStore
import FlowModel
import Foundation

/// Asks the applicant in the terminal for the current step's answers: the choice, each field
/// with its zh/en label (prefilled values shown masked), and material files.
struct InteractivePrompt {
    let setup: EngineSetup
    let language: Language

    /// What was typed for one step.
    struct Typed {
        var step: String
        var answers: [String: RawAnswer] = [:]
        var uploads: [String: MaterialUpload] = [:]
    }

    /// The answers of the step the order is at, or nil when the input ends.
    func ask(_ order: String) throws(EngineError) -> Typed? {
        let current = try setup.engine.currentStep(order)
        let step = current.step
        Terminal.printOut("\n== \(step.title.value.zh) · \(step.title.value.en) ==")
        if let notice = step.notice { Terminal.printOut("   \(notice.value.zh)\n   \(notice.value.en)") }
        if step.kind.value == .confirmation { return try confirm(order, step) }
        var typed = Typed(step: step.id.value)
        var fields = step.fields
        if let choice = step.choice {
            for (index, option) in current.options.enumerated() {
                Terminal.printOut("   \(index + 1). \(option.label.value.zh) · \(option.label.value.en)")
            }
            guard let picked = line("\(choice.label.value.zh) \(choice.label.value.en) [1-\(current.options.count)]") else { return nil }
            let option = Int(picked).flatMap { current.options.indices.contains($0 - 1) ? current.options[$0 - 1] : nil }
            typed.answers[choice.field.value] = .text(option?.id.value ?? picked)
            fields += option?.fields ?? []
        }
        for field in fields where !field.readOnly {
            var prompt = "\(field.label.value.zh) \(field.label.value.en)"
            if !field.options.isEmpty { prompt += " (" + field.options.map(\.value.value).joined(separator: "/") + ")" }
            if let entries = current.listed[field.id.value] {
                for (index, entry) in entries.enumerated() { Terminal.printOut("   \(index + 1). \(entry)") }
                prompt += " [1-\(entries.count)]"
            }
            if let prefilled = current.prefilled[field.id.value] { prompt += " [\(prefilled)]" }
            let sandboxKind: String? = switch field.type.value {
            case .smsCode: "sms"
            case .captcha: "captcha"
            default: nil
            }
            if sandboxKind != nil { prompt += language == .zh ? "（沙箱：输入 sandbox 读取）" : " (sandbox: type sandbox to read it)" }
            let read = field.type.value == .password ? SecretLine.read(prompt: "   " + prompt) : line(prompt)
            guard let text = read else { return nil }
            if text.isEmpty { continue }
            typed.answers[field.id.value] = if let sandboxKind, text == "sandbox" { .sandboxCode(sandboxKind) } else { .text(text) }
        }
        for material in current.materials {
            guard let path = line("\(material.name.value.zh) \(material.name.value.en) — \(language == .zh ? "文件路径" : "file path")") else { return nil }
            guard !path.isEmpty else { continue }
            if let data = FileManager.default.contents(atPath: path) {
                typed.uploads[material.id.value] = MaterialUpload(name: URL(fileURLWithPath: path).lastPathComponent, bytes: [UInt8](data))
            } else {
                Terminal.printError(language == .zh ? "无法读取 \(path)" : "cannot read \(path)")
            }
        }
        return typed
    }

    /// A confirmation page: the summarised steps' answers, masked, then yes (go on) or no (back).
    /// When the order cannot go back, the page is asked again: a "no" never confirms.
    private func confirm(_ order: String, _ step: Step) throws(EngineError) -> Typed? {
        let summarised = Set(step.summary.map(\.value))
        for answer in try setup.engine.maskedAnswers(order) where summarised.contains(answer.step) {
            Terminal.printOut("   \(answer.label.zh) \(answer.label.en): \(answer.value)")
        }
        while true {
            guard let reply = line(language == .zh ? "确认无误？(是/否)" : "Is everything right? (yes/no)") else { return nil }
            guard ["n", "no", "否"].contains(reply.lowercased()) else { return Typed(step: step.id.value) }
            do {
                let back = try setup.engine.back(order)
                Terminal.printOut(language == .zh ? "   已返回步骤 \(back.step)" : "   back at step \(back.step)")
                return try ask(order)
            } catch {
                Terminal.printError(language == .zh ? "无法返回：\(error.message.zh)" : "cannot go back: \(error.message.en)")
            }
        }
    }

    private func line(_ prompt: String) -> String? {
        FileHandle.standardOutput.write(Data("   \(prompt): ".utf8))
        return readLine()?.trimmingCharacters(in: .whitespaces)
    }
}
