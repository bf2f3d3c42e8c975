public import FlowDiagnostics
public import FlowModel

/// What the applicant sees at each step of a compiled flow, without running anything: the fields
/// with their labels and checks, which are required, the verification options and materials this
/// channel offers, the price and the payment methods.
public struct PreviewRenderer: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// The whole flow, or only the step `only`.
    public func render(_ compiled: CompiledFlow, only: String? = nil) -> String {
        let words = Bilingual(language: language)
        let flow = compiled.flow
        var lines = [
            "\(words.text(compiled.channel.name)) — \(words.text(flow.title.value))",
            words.word("channel \(compiled.channel.id), flow \(flow.id.value)", "渠道 \(compiled.channel.id)，流程 \(flow.id.value)")
                + words.word("; * required, ? required under a condition, - optional", "；* 必填，? 条件必填，- 选填"),
        ]
        if only == nil { lines += beforeStart(flow, words) }
        for (position, step) in flow.steps.enumerated() where only == nil || step.id.value == only {
            lines.append("")
            lines += self.step(step, number: position + 1, flow: flow, words: words)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func beforeStart(_ flow: Flow, _ words: Bilingual) -> [String] {
        let materials = flow.beforeStart.materials.compactMap { flow.material($0.value) }.filter(\.enabled)
        guard !materials.isEmpty || !flow.beforeStart.notes.isEmpty else { return [] }
        return ["", words.word("Before you start", "开始前请准备")]
            + materials.map { "  - " + words.text($0.name.value) }
            + flow.beforeStart.notes.map { "  - " + words.text($0.value) }
    }

    private func step(_ step: Step, number: Int, flow: Flow, words: Bilingual) -> [String] {
        var facts = [step.id.value, step.kind.value.rawValue]
        if !step.back { facts.append(words.word("no going back", "不可返回")) }
        var lines = ["\(number). \(words.text(step.title.value))  [\(facts.joined(separator: ", "))]"]
        if let condition = step.when?.value { lines.append("   " + words.word("only when \(condition)", "仅当 \(condition) 时出现")) }
        if let notice = step.notice?.value { lines.append("   ! " + words.text(notice)) }
        let fields = FieldDescription(words: words)
        lines += step.fields.flatMap(fields.lines).map { "   " + $0 }
        if let choice = step.choice { lines += self.choice(choice, fields: fields, words: words) }
        let materials = step.materials.compactMap { flow.material($0.value) }.filter(\.enabled)
        lines += materials.map { "   " + material($0, words) }
        if !step.summary.isEmpty {
            lines.append("   " + words.word("shows, read-only: ", "只读展示：") + words.list(step.summary.map { id in
                flow.step(id.value).map { words.text($0.title.value) } ?? id.value
            }))
        }
        let prices = PriceDescription(words: words)
        if step.allActions.contains(where: { $0.name.value == "price" }) {
            lines.append("   " + words.word("Price", "价格"))
            lines += prices.lines(flow).map { "     " + $0 }
        }
        if step.allActions.contains(where: { $0.name.value == "pay" }), let payment = prices.paymentLine(flow) {
            lines.append("   " + payment)
        }
        if step.kind.value == .reviewWait, let review = flow.review { lines.append("   " + self.review(review, words)) }
        lines += step.actions.map { "   → " + action($0, words) }
        if let wait = step.wait?.value { lines.append("   ⏸ " + words.word("waits for ", "等待 ") + wait.rawValue) }
        return lines
    }

    private func choice(_ choice: Choice, fields: FieldDescription, words: Bilingual) -> [String] {
        var lines = ["   \(words.text(choice.label.value)) [\(choice.field.value)] — " + words.word("choose one:", "选择一项：")]
        for option in choice.options {
            lines.append("     (\(option.id.value)) \(words.text(option.label.value))")
            if let condition = option.when?.value { lines.append("         " + words.word("offered when \(condition)", "当 \(condition) 时提供")) }
            if !option.prefill.isEmpty {
                lines.append("         " + words.word("filled in: ", "自动填入：")
                    + words.list(option.prefill.map { "\($0.target.value) ← \($0.source.value)" }))
            }
            lines += option.fields.flatMap(fields.lines).map { "         " + $0 }
            lines += option.actions.map { "         → " + action($0, words) }
            if let wait = option.wait?.value { lines.append("         ⏸ " + words.word("waits for ", "等待 ") + wait.rawValue) }
        }
        return lines
    }

    private func material(_ material: Material, _ words: Bilingual) -> String {
        var details = [words.list(material.accept.map(\.value.rawValue)), words.word("up to \(material.maxSizeMB.value) MiB", "不超过 \(material.maxSizeMB.value) MiB")]
        if let condition = material.when?.value { details.append(words.word("only when \(condition)", "仅当 \(condition)")) }
        if material.carriedOver { details.append(words.word("carried over when uploaded before", "已上传的不再要求")) }
        return "\(material.required ? "*" : "-") \(words.text(material.name.value)) [\(material.id.value)] — " + details.joined(separator: words.word("; ", "；"))
    }

    private func review(_ review: ReviewRule, _ words: Bilingual) -> String {
        let low = review.minWorkingDays.value, high = review.maxWorkingDays.value
        let days = low == high ? "\(low)" : "\(low)–\(high)"
        let automatic = review.autoApprove.map { words.word("; approved automatically when \($0.value)", "；当 \($0.value) 时自动通过") } ?? ""
        return words.word("review takes \(days) working day\(high == 1 ? "" : "s")", "审核需 \(days) 个工作日") + automatic
    }

    private func action(_ call: ActionCall, _ words: Bilingual) -> String {
        var text = call.name.value
        if let signature = BuiltinActions.signature(call.name.value) { text += ": " + signature.summary.text(language) }
        if call.timing.value == .enter { text += words.word(" (as the step opens)", "（进入步骤时）") }
        if let condition = call.when?.value { text += words.word(" when \(condition)", "（当 \(condition)）") }
        return text
    }
}
