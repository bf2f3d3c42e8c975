/// A deterministic corpus of realistic flow-like YAML files (Chinese labels, comments, flow-style
/// maps, literal blocks), for measuring the YAML layer when no corpus folder is given.
public enum FlowLikeCorpus {
    /// One generated file: a relative name and its bytes.
    public struct File: Sendable {
        public var name: String
        public var bytes: [UInt8]
    }

    /// `channels × processes` files of roughly 200–400 lines each; the same arguments always give
    /// the same bytes.
    public static func generate(channels: Int = 50, processes: Int = 4, seed: UInt64 = 2026) -> [File] {
        var random = SeededGenerator(seed: seed)
        var files: [File] = []
        for channel in 1...max(1, channels) {
            for process in 0..<max(1, processes) {
                let name = processNames[process % processNames.count]
                let text = document(channel: channel, process: name, random: &random)
                files.append(File(name: "ch\(pad(channel))/\(name).yaml", bytes: Array(text.utf8)))
            }
        }
        return files
    }

    static let processNames = ["org-cert-apply", "org-cert-renew", "org-cert-change", "org-cert-revoke",
                               "org-cert-reissue", "org-cert-unlock"]
    static let channelNames = ["上海政务服务网", "工商银行企业网银", "CA 自营网点", "广东政务服务网", "建设银行对公渠道"]
    static let fieldKinds = ["text", "enum", "phone", "email", "uscc", "resident-id", "bank-card", "address", "money", "date"]
    static let labels = ["单位名称", "统一社会信用代码", "法定代表人姓名", "法定代表人身份证号", "法定代表人手机号",
                         "经办人姓名", "经办人身份证号", "经办人手机号", "电子邮箱", "银行卡号", "邮寄地址", "发票抬头"]

    private static func pad(_ number: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, 3 - text.count)) + text
    }

    private static func document(channel: Int, process: String, random: inout SeededGenerator) -> String {
        let channelName = channelNames[channel % channelNames.count]
        var lines: [String] = [
            "# \(process) — \(channelName)（ch\(pad(channel))）",
            "# generated deterministically for benchmarks",
            "---",
            "schema_version: 1",
            "flow:",
            "  id: \(process)",
            "  name: 机构证书业务 \(process)",
            "  version: \(Int.random(in: 1...9, using: &random))",
            "  channel: {id: ch\(pad(channel)), name: \(channelName), region_code: '\(Int.random(in: 110_000...650_000, using: &random))'}",
            "  description: |",
            "    面向企业、事业单位等机构的数字证书（UKey）线上办理流程。",
            "    每一步完成后保存进度，中断的订单可在有效期内继续办理。",
            "  prices:",
        ]
        for years in 1...3 {
            lines.append("    - {years: \(years), amount: \(Int.random(in: 300...2_000, using: &random)).00}")
        }
        lines.append("steps:")
        let stepCount = Int.random(in: 6...9, using: &random)
        for step in 0..<stepCount {
            lines.append("  # 第 \(step + 1) 步")
            lines.append("  - id: step_\(step)")
            lines.append("    title: {zh: 步骤\(step + 1), en: Step \(step + 1)}")
            lines.append("    kind: \(["form", "verification", "confirmation", "payment"][step % 4])")
            lines.append("    fields:")
            for field in 0..<Int.random(in: 3...6, using: &random) {
                let label = labels[Int.random(in: 0..<labels.count, using: &random)]
                lines.append("      - id: field_\(step)_\(field)")
                lines.append("        label: {zh: \(label), en: Field \(field)}")
                lines.append("        type: \(fieldKinds[Int.random(in: 0..<fieldKinds.count, using: &random)])")
                lines.append("        required: \(Bool.random(using: &random))")
                lines.append("        help: \"请填写\(label)，提交后将进行核验\"")
            }
            lines.append("    next: step_\(step + 1)")
        }
        lines.append("  - id: step_\(stepCount)")
        lines.append("    title: {zh: 完成, en: Done}")
        lines.append("    kind: terminal")
        return lines.joined(separator: "\n") + "\n"
    }
}
