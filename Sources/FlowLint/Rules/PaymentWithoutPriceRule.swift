import FlowDiagnostics
import FlowModel

/// A flow that takes payment (a `payment` step or a `pay` action) must sell something with a
/// price: at least one product, and every product with prices, in the flow and in every channel.
struct PaymentWithoutPriceRule: LintRule {
    let id = "payment-without-price"
    let summary = LocalizedMessage(en: "a flow that takes payment needs products with prices", zh: "收费流程必须有带价格的商品")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, RuleExample.baseFlow),
        .steps(.fails, """
          - id: payment
            title: {zh: 支付, en: Pay}
                  ↓
            kind: payment
            actions: [{run: pay, with: {amount: "price.amount", method: "'alipay'"}}]
            wait: payment
            next: done
          - id: done
            title: {zh: 完成, en: Done}
            kind: terminal
        """),
        .channel(.passes, """
        channel: demo_channel
        name: {zh: 示例渠道, en: Demo channel}
        kind: bank
        flows:
          demo:
            prices: {cert: [{years: 1, amount: "260.00"}]}
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
            steps:
              - id: payment
                title: {zh: 支付, en: Pay}
                kind: payment
                actions: [{run: pay, with: {amount: "price.amount", method: "'alipay'"}}]
                wait: payment
                next: done
              - id: done
                title: {zh: 完成, en: Done}
                kind: terminal
            """),
            ("Channels/demo_channel.yaml", """
            channel: demo_channel
            name: {zh: 示例渠道, en: Demo channel}
            kind: bank
            flows:
              demo:
                         ↓
                prices: {cert: []}
            """),
        ]),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for flow in context.flows {
            guard let payer = payment(in: flow) else { continue }
            guard flow.products.contains(where: { !$0.prices.isEmpty }) else {
                found.append(diagnostic(at: payer.place.path, payer.place.range, LocalizedMessage(
                    en: "flow \"\(flow.id.value)\" takes payment at step \"\(payer.step)\" but has no product with a price; add \"products\" with \"prices\"",
                    zh: "流程 \"\(flow.id.value)\" 在步骤 \"\(payer.step)\" 收费，但没有带价格的商品；请添加带 \"prices\" 的 \"products\""
                )))
                continue
            }
            for product in flow.products where product.prices.isEmpty {
                found.append(diagnostic(at: product.id.path, product.id.range, LocalizedMessage(
                    en: "product \"\(product.id.value)\" has no prices, but flow \"\(flow.id.value)\" takes payment at step \"\(payer.step)\"",
                    zh: "商品 \"\(product.id.value)\" 没有价格，但流程 \"\(flow.id.value)\" 在步骤 \"\(payer.step)\" 收费"
                )))
            }
        }
        for compiled in context.catalog.entries {
            guard let payer = payment(in: compiled.flow), let overlay = context.overlay(of: compiled) else { continue }
            let written = context.flow(compiled.flow.id.value)?.products ?? []
            for change in overlay.prices where change.prices.isEmpty
                && written.contains(where: { $0.id.value == change.product.value && !$0.prices.isEmpty }) {
                found.append(diagnostic(at: change.product.path, change.product.range, LocalizedMessage(
                    en: "channel \"\(compiled.channel.id)\" leaves product \"\(change.product.value)\" without prices, "
                        + "but flow \"\(compiled.flow.id.value)\" takes payment at step \"\(payer.step)\"",
                    zh: "渠道 \"\(compiled.channel.id)\" 使商品 \"\(change.product.value)\" 没有价格，"
                        + "但流程 \"\(compiled.flow.id.value)\" 在步骤 \"\(payer.step)\" 收费"
                )))
            }
        }
        return found
    }

    /// The first place the flow takes payment: a payment step's kind, or a `pay` action's name.
    private func payment(in flow: Flow) -> (place: Located<String>, step: String)? {
        for step in flow.steps {
            if step.kind.value == .payment {
                return (Located(step.kind.value.rawValue, path: step.kind.path, range: step.kind.range), step.id.value)
            }
            if let pay = step.allActions.first(where: { $0.name.value == "pay" }) { return (pay.name, step.id.value) }
        }
        return nil
    }
}
