import FlowDiagnostics
import FlowDomain
import FlowExpressions
import FlowModel

/// An invoice (mode `required` or `optional`) asked for on an order that can cost nothing: the
/// cheapest price plus the cheapest seal option is zero, and the invoice has no `when` that
/// excludes a zero amount. Seal flows always need such a `when` (the manual: invoice information
/// only when the amount is above zero). Kept simple: a `when` that reads `price.amount` counts as
/// excluding zero; the condition itself is not proved. Checked on each flow as written and on each
/// compiled pair, where a channel's prices or invoice mode can make it so.
struct InvoiceOnZeroAmountRule: LintRule {
    let id = "invoice-on-zero-amount"
    let summary = LocalizedMessage(en: "no invoice may be asked for on a zero amount", zh: "金额为零时不得要求开具发票")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, """
        flow: demo
        title: {zh: 补章, en: Add a seal}
        category: seal
        media: [ukey]
        entry: ukey-pin
        guard: {open-order: certificate}
        products:
          - {id: seal, name: {zh: 补章, en: Add a seal}, medium: ukey, prices: [{years: 1, amount: "0"}]}
        invoice: {mode: optional, when: "price.amount > 0", title-field: company, tax-number-field: uscc, email-field: email}
        steps:
          - id: order
            title: {zh: 选择商品, en: Product}
            kind: form
            fields:
              - {id: company, label: {zh: 单位名称, en: Company}, type: text}
              - {id: uscc, label: {zh: 统一社会信用代码, en: USCC}, type: uscc}
              - {id: email, label: {zh: 邮箱, en: E-mail}, type: email}
            actions: [{run: price, with: {product: "'seal'", years: "1"}}]
            next: done
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
        """),
        .flow(.fails, """
        flow: demo
        title: {zh: 示例, en: Demo}
        category: application
        media: [ukey]
        guard: {open-order: none}
        products:
          - {id: cert, name: {zh: 证书, en: Certificate}, medium: ukey, prices: [{years: 1, amount: "0.00"}]}
                        ↓
        invoice: {mode: required, title-field: company, tax-number-field: uscc, email-field: email}
        steps:
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
        """),
        RuleExample(.fails, files: [
            ("Flows/demo.yaml", """
            flow: demo
            title: {zh: 示例, en: Demo}
            category: application
            media: [ukey]
            guard: {open-order: none}
            products:
              - {id: cert, name: {zh: 证书, en: Certificate}, medium: ukey, prices: [{years: 1, amount: "300.00"}]}
            invoice: {mode: optional, title-field: company, tax-number-field: uscc, email-field: email}
            steps:
              - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
            """),
            ("Channels/demo_channel.yaml", """
            channel: demo_channel
            name: {zh: 示例渠道, en: Demo channel}
            kind: bank
            flows:
              demo:
                                                   ↓
                prices: {cert: [{years: 1, amount: "0"}]}
            """),
        ]),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var reported: Set<String> = []
        for flow in context.flows {
            guard let reason = problem(flow) else { continue }
            reported.insert(flow.id.value)
            found.append(diagnostic(at: flow.invoice?.mode.path ?? flow.id.path, flow.invoice?.mode.range ?? flow.id.range, reason))
        }
        for compiled in context.catalog.entries where !reported.contains(compiled.flow.id.value) {
            guard let reason = problem(compiled.flow), let overlay = context.overlay(of: compiled) else { continue }
            // Point at what the channel changed: a zero price, its invoice mode, else the flow it enables.
            let zero = overlay.prices.flatMap(\.prices).first { $0.fen.value == 0 }?.fen ?? overlay.sealOptions.first { $0.fen.value == 0 }?.fen
            let place = zero.map { ($0.path, $0.range) } ?? overlay.invoiceMode.map { ($0.path, $0.range) } ?? (overlay.flow.path, overlay.flow.range)
            found.append(diagnostic(at: place.0, place.1, LocalizedMessage(
                en: "in channel \"\(compiled.channel.id)\", " + reason.en, zh: "在渠道 \"\(compiled.channel.id)\" 中，" + reason.zh
            )))
        }
        return found
    }

    /// Why the flow asks for an invoice on a zero amount, or nil.
    private func problem(_ flow: Flow) -> LocalizedMessage? {
        guard let invoice = flow.invoice, invoice.mode.value != .none, !excludesZero(invoice.when) else { return nil }
        let mode = invoice.mode.value.rawValue
        let fix = (en: "; add a \"when\" such as \"price.amount > 0\"", zh: "；请添加 \"when\"，例如 \"price.amount > 0\"")
        if flow.category.value == .seal {
            return LocalizedMessage(
                en: "seal flow \"\(flow.id.value)\" asks for an invoice (mode \"\(mode)\") without a condition on the amount; "
                    + "seal flows take invoice information only when the amount is above zero" + fix.en,
                zh: "印章流程 \"\(flow.id.value)\" 要求开具发票（\"\(mode)\"）但未限定金额；印章办理仅在金额大于零时填写发票信息" + fix.zh)
        }
        guard let cheapest = flow.products.flatMap(\.prices).min(by: { $0.fen.value < $1.fen.value }),
              cheapest.fen.value + (flow.sealOptions.map(\.fen.value).min() ?? 0) <= 0 else { return nil }
        return LocalizedMessage(
            en: "invoice mode \"\(mode)\" of flow \"\(flow.id.value)\" asks for an invoice even when the order costs \(Money.zero.formatted)" + fix.en,
            zh: "流程 \"\(flow.id.value)\" 的发票模式 \"\(mode)\" 在订单金额为 \(Money.zero.formatted) 时仍要求开具发票" + fix.zh)
    }

    /// Whether the invoice's condition reads `price.amount`, which is taken to exclude a zero amount.
    private func excludesZero(_ when: Located<String>?) -> Bool {
        guard let when else { return false }
        switch ExpressionParser.parse(when.value, origin: when.location) {
        case let .success(expression): return expression.references.contains { $0.path == ["price", "amount"] }
        case .failure: return when.value.contains("price.amount")
        }
    }
}
