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

    /// The step's answers, or nil when the input ends.
    func ask(_ order: String) -> (answers: [String: RawAnswer], uploads: [String: MaterialUpload])? {
        guard let current = try? setup.engine.currentStep(order) else { return nil }
        let step = current.step
        Terminal.printOut("\n== \(step.title.value.zh) · \(step.title.value.en) ==")
        if let notice = step.notice { Terminal.printOut("   \(notice.value.zh)\n   \(notice.value.en)") }
        var answers: [String: RawAnswer] = [:]
        var uploads: [String: MaterialUpload] = [:]
        var fields = step.fields
        if let choice = step.choice {
            for (index, option) in current.options.enumerated() {
                Terminal.printOut("   \(index + 1). \(option.label.value.zh) · \(option.label.value.en)")
            }
            guard let picked = line("\(choice.label.value.zh) \(choice.label.value.en) [1-\(current.options.count)]") else { return nil }
            let option = Int(picked).flatMap { current.options.indices.contains($0 - 1) ? current.options[$0 - 1] : nil }
            answers[choice.field.value] = .text(option?.id.value ?? picked)
            fields += option?.fields ?? []
        }
        for field in fields where !field.readOnly {
            var prompt = "\(field.label.value.zh) \(field.label.value.en)"
            if !field.options.isEmpty { prompt += " (" + field.options.map(\.value.value).joined(separator: "/") + ")" }
            if let prefilled = current.prefilled[field.id.value] { prompt += " [\(prefilled)]" }
            if field.type.value == .smsCode { prompt += language == .zh ? "（沙箱：输入 sandbox 读取）" : " (sandbox: type sandbox to read it)" }
            guard let text = line(prompt) else { return nil }
            if text.isEmpty { continue }
            answers[field.id.value] = field.type.value == .smsCode && text == "sandbox" ? .sandboxCode("sms") : .text(text)
        }
        for material in current.materials {
            guard let path = line("\(material.name.value.zh) \(material.name.value.en) — \(language == .zh ? "文件路径" : "file path")") else { return nil }
            guard !path.isEmpty else { continue }
            if let data = FileManager.default.contents(atPath: path) {
                uploads[material.id.value] = MaterialUpload(name: URL(fileURLWithPath: path).lastPathComponent, bytes: [UInt8](data))
            } else {
                Terminal.printError(language == .zh ? "无法读取 \(path)" : "cannot read \(path)")
            }
        }
        return (answers, uploads)
    }

    private func line(_ prompt: String) -> String? {
        FileHandle.standardOutput.write(Data("   \(prompt): ".utf8))
        return readLine()?.trimmingCharacters(in: .whitespaces)
    }
}
