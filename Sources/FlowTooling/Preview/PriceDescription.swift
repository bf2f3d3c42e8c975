import FlowDomain
import FlowModel

/// What a compiled flow charges and how: each product's prices by validity, the seal options, the
/// invoice rule and the payment methods, as this channel sets them.
struct PriceDescription {
    let words: Bilingual

    /// The price block: one line per product and per seal option, then the invoice rule.
    func lines(_ flow: Flow) -> [String] {
        var lines = flow.products.map { product in
            let tiers = product.prices.map { tier in
                words.word("\(tier.years.value) year\(tier.years.value == 1 ? "" : "s")", "\(tier.years.value) 年") + " ¥" + yuan(tier.fen.value)
            }
            return "\(words.text(product.name.value)) [\(product.id.value), \(product.medium.value.rawValue)]: " + words.list(tiers)
        }
        if !flow.sealOptions.isEmpty {
            lines.append(words.word("seal options: ", "签章选择：") + words.list(flow.sealOptions.map { "\(words.text($0.name.value)) +¥\(yuan($0.fen.value))" }))
        }
        if let invoice = flow.invoice {
            let mode = switch invoice.mode.value {
            case .optional: words.word("optional", "可选")
            case .required: words.word("always issued", "必须开具")
            case .none: words.word("none", "不开具")
            }
            let condition = invoice.when.map { words.word(" when \($0.value)", "（当 \($0.value)）") } ?? ""
            lines.append(words.word("invoice: ", "发票：") + mode + condition)
        }
        return lines
    }

    /// The payment methods offered.
    func paymentLine(_ flow: Flow) -> String? {
        guard let methods = flow.payment?.methods, !methods.isEmpty else { return nil }
        return words.word("payment methods: ", "支付方式：") + words.list(methods.map { method in
            switch method.value {
            case .wechatPay: words.text(LocalizedText(zh: "微信支付", en: "WeChat Pay"))
            case .alipay: words.text(LocalizedText(zh: "支付宝", en: "Alipay"))
            }
        })
    }

    private func yuan(_ fen: Int64) -> String {
        Money(fen: fen).yuanString
    }
}
