/// A deterministic corpus for `channelflow bench lint`: flow variants of realistic size and
/// channels that enable many of them, so linting compiles hundreds of (channel, flow) pairs.
public enum LintCorpus {
    /// `flows` flow files of about 300 lines and `channels` channel files enabling `perChannel`
    /// flows each; the same arguments always give the same bytes.
    public static func generate(flows: Int = 150, channels: Int = 50, perChannel: Int = 8, seed: UInt64 = 7) -> [FlowLikeCorpus.File] {
        var random = SeededGenerator(seed: seed)
        var files: [FlowLikeCorpus.File] = []
        for index in 0..<max(1, flows) {
            files.append(FlowLikeCorpus.File(name: "Flows/variant_\(index).yaml", bytes: Array(flow(index, random: &random).utf8)))
        }
        for index in 0..<max(1, channels) {
            let enabled = (0..<perChannel).map { (index * 7 + $0 * 13) % max(1, flows) }
            files.append(FlowLikeCorpus.File(name: "Channels/channel_\(index).yaml", bytes: Array(channel(index, enabled: Set(enabled).sorted(), random: &random).utf8)))
        }
        return files
    }

    private static func flow(_ index: Int, random: inout SeededGenerator) -> String {
        var lines = [
            "# 基准测试流程 \(index) — benchmark flow variant \(index)",
            "flow: variant_\(index)",
            "title: {zh: 单位证书新办 \(index), en: New organisation certificate \(index)}",
            "description: {zh: 由基准测试生成的流程, en: A flow generated for the benchmark}",
            "category: application",
            "media: [ukey]",
            "guard: {open-order: subject, subject-field: uscc}",
            "before-start:",
            "  materials: [licence]",
            "  notes:",
            "    - {zh: 法定代表人实名手机号, en: \"the legal representative's real-name mobile\"}",
            "settings:",
            "  invoice_optional: {type: bool, default: true, label: {zh: 可不开发票, en: Invoice optional}}",
            "  review_days: {type: int, default: 1, label: {zh: 审核工作日, en: Review working days}}",
            "materials:",
        ]
        for material in ["licence", "id_front", "id_back", "letter"] {
            lines.append("  - {id: \(material), name: {zh: 资料 \(material), en: Material \(material)}, accept: [pdf, jpeg, png], max-size-mb: \(Int.random(in: 2...20, using: &random))}")
        }
        lines += [
            "products:",
            "  - id: cert",
            "    name: {zh: 单位数字证书, en: Organisation certificate}",
            "    medium: ukey",
            "    prices:",
        ]
        for years in 1...3 {
            lines.append("      - {years: \(years), amount: \"\(Int.random(in: 200...900, using: &random) * years).00\"}")
        }
        lines += [
            "payment: {methods: [wechat_pay, alipay]}",
            "invoice: {mode: optional, when: \"price.amount > 0\", title-field: company_name, tax-number-field: uscc, email-field: agent_email}",
            "review: {working-days: 1}",
            "steps:",
        ]
        lines += enterpriseStep + agentStep
        let extra = Int.random(in: 4...7, using: &random)
        for step in 0..<extra {
            lines += formStep(step, next: step + 1 < extra ? "extra_\(step + 1)" : "purchase", random: &random)
        }
        lines += purchaseSteps
        return lines.joined(separator: "\n") + "\n"
    }

    private static let enterpriseStep = [
        "  - id: enterprise",
        "    title: {zh: 企业认证, en: Enterprise verification}",
        "    kind: verification",
        "    back: false",
        "    fields:",
        "      - {id: company_name, label: {zh: 企业名称, en: Company name}, type: text, validators: [{length: {min: 2, max: 100}}]}",
        "      - {id: uscc, label: {zh: 统一社会信用代码, en: USCC}, type: uscc}",
        "      - {id: legal_rep_name, label: {zh: 法定代表人姓名, en: Legal representative}, type: text}",
        "      - {id: legal_rep_id, label: {zh: 法定代表人证件号, en: ID number}, type: resident-id}",
        "      - {id: legal_rep_mobile, label: {zh: 法定代表人手机号, en: Mobile}, type: phone}",
        "    actions:",
        "      - run: verify_enterprise",
        "        with: {company_name: company_name, uscc: uscc, legal_rep_name: legal_rep_name, legal_rep_id: legal_rep_id, legal_rep_mobile: legal_rep_mobile}",
        "    next: agent",
    ]

    private static let agentStep = [
        "  - id: agent",
        "    title: {zh: 经办人认证, en: Agent verification}",
        "    kind: verification",
        "    choice:",
        "      field: agent_method",
        "      label: {zh: 认证方式, en: Method}",
        "      options:",
        "        - id: legal_rep_self",
        "          label: {zh: 法定代表人自办, en: In person}",
        "          prefill: {agent_name: legal_rep_name, agent_mobile: legal_rep_mobile}",
        "          fields:",
        "            - {id: agent_email, label: {zh: 电子邮箱, en: E-mail}, type: email}",
        "        - id: agent_phone",
        "          label: {zh: 经办人手机号认证, en: Agent phone}",
        "          fields:",
        "            - {id: agent_name, label: {zh: 经办人姓名, en: Name}, type: text}",
        "            - {id: agent_id, label: {zh: 经办人证件号, en: ID number}, type: resident-id}",
        "            - {id: agent_mobile, label: {zh: 经办人手机号, en: Mobile}, type: phone}",
        "            - {id: agent_email, label: {zh: 经办人邮箱, en: E-mail}, type: email}",
        "          actions:",
        "            - run: verify_person",
        "              with: {method: \"'phone'\", name: agent_name, id_number: agent_id, mobile: agent_mobile}",
        "    next: extra_0",
    ]

    private static func formStep(_ index: Int, next: String, random: inout SeededGenerator) -> [String] {
        var lines = [
            "  # 附加信息 \(index)",
            "  - id: extra_\(index)",
            "    title: {zh: 补充信息 \(index), en: Further details \(index)}",
            "    kind: form",
            "    notice: {zh: 请如实填写以下信息, en: Please answer truthfully}",
            "    fields:",
        ]
        for field in 0..<Int.random(in: 4...7, using: &random) {
            lines += [
                "      - id: extra_\(index)_\(field)",
                "        label: {zh: 补充项 \(index)-\(field), en: Detail \(index)-\(field)}",
                "        type: text",
                "        required: \(field.isMultiple(of: 2) ? "true" : "false")",
                "        validators: [{length: {min: 1, max: \(Int.random(in: 20...200, using: &random))}}]",
                "        help: {zh: 最多填写若干字, en: Keep it short}",
            ]
        }
        lines.append("    next: \(next)")
        return lines
    }

    private static let purchaseSteps = [
        "  - id: purchase",
        "    title: {zh: 购买商品, en: Purchase}",
        "    kind: form",
        "    fields:",
        "      - {id: product, label: {zh: 证书, en: Certificate}, type: enum, options: [{value: cert, label: {zh: 单位数字证书, en: Certificate}}], default: cert}",
        "      - {id: validity_years, label: {zh: 期限, en: Years}, type: int, options: [{value: 1, label: {zh: 1 年, en: 1 year}}, {value: 2, label: {zh: 2 年, en: 2 years}}], default: 1}",
        "      - {id: want_invoice, label: {zh: 需要发票, en: Invoice}, type: bool, when: \"channel.invoice_optional\"}",
        "    actions:",
        "      - run: price",
        "        with: {product: product, years: validity_years}",
        "    next: confirm",
        "  - id: confirm",
        "    title: {zh: 确认, en: Confirm}",
        "    kind: confirmation",
        "    summary: [enterprise, agent, purchase]",
        "    next: upload",
        "  - id: upload",
        "    title: {zh: 资料上传, en: Materials}",
        "    kind: materials",
        "    materials: [licence, id_front, id_back]",
        "    actions: [{run: store_materials}]",
        "    next: payment",
        "  - id: payment",
        "    title: {zh: 支付, en: Payment}",
        "    kind: payment",
        "    fields:",
        "      - {id: payment_method, label: {zh: 支付方式, en: Method}, type: enum, options: [{value: wechat_pay, label: {zh: 微信支付, en: WeChat Pay}}, {value: alipay, label: {zh: 支付宝, en: Alipay}}]}",
        "    actions:",
        "      - run: pay",
        "        with: {amount: price.amount, method: payment_method}",
        "    wait: payment",
        "    next: review",
        "  - id: review",
        "    title: {zh: 等待审核, en: Awaiting review}",
        "    kind: review-wait",
        "    actions: [{run: submit_review}]",
        "    wait: review",
        "    next: done",
        "  - id: done",
        "    title: {zh: 完成, en: Done}",
        "    kind: terminal",
    ]

    private static func channel(_ index: Int, enabled: [Int], random: inout SeededGenerator) -> String {
        var lines = [
            "# 基准测试渠道 \(index)",
            "channel: channel_\(index)",
            "name: {zh: 渠道 \(index), en: Channel \(index)}",
            "kind: \(["bank", "government", "ca-outlet", "partner"][index % 4])",
            "flows:",
        ]
        for flow in enabled {
            lines += [
                "  variant_\(flow):",
                "    settings: {invoice_optional: \(Bool.random(using: &random))}",
                "    choices: {agent_method: [legal_rep_self\(Bool.random(using: &random) ? ", agent_phone" : "")]}",
                "    materials: {letter: {enabled: true, required: false}}",
                "    prices: {cert: [{years: 1, amount: \"\(Int.random(in: 150...500, using: &random)).00\"}]}",
                "    steps: {purchase: {title: {zh: 选购, en: Buy}}}",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
