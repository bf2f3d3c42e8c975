import FlowDiagnostics
import FlowDomain
import FlowModel

/// `price`: the product's price for the validity chosen, plus the seal option, from the compiled
/// flow (the channel's prices already replace the flow's).
struct PriceAction: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        let flow = context.machine.flow
        let productID = try context.string("product")
        let years = try context.int("years")
        guard let product = flow.products.first(where: { $0.id.value == productID }) else {
            throw .definition(LocalizedMessage(en: "no product \(productID) in this flow", zh: "流程中没有商品 \(productID)"))
        }
        guard let tier = product.prices.first(where: { Int64($0.years.value) == years }) else {
            let offered = product.prices.map { String($0.years.value) }.joined(separator: ", ")
            return .failure(ActionRejection(message: LocalizedMessage(
                en: "\(product.name.value.en) is not sold for \(years) years here (offered: \(offered))",
                zh: "本渠道不提供 \(years) 年期的\(product.name.value.zh)（可选：\(offered)）"), effects: ActionEffects()))
        }
        var fen = tier.fen.value
        var detail = ["product": productID, "years": String(years)]
        if let sealID = context.optionalString("seal") {
            guard let seal = flow.sealOptions.first(where: { $0.id.value == sealID }) else {
                throw .definition(LocalizedMessage(en: "no seal option \(sealID) in this flow", zh: "流程中没有签章选项 \(sealID)"))
            }
            let (sum, overflow) = fen.addingReportingOverflow(seal.fen.value)
            guard !overflow else { throw .definition(LocalizedMessage(en: "the price overflows", zh: "金额溢出")) }
            fen = sum
            detail["seal"] = sealID
        }
        var effects = ActionEffects()
        effects.outputs["price.amount"] = .money(Money(fen: fen))
        detail["amount"] = Money(fen: fen).formatted
        effects.detail = detail
        return .success(effects)
    }
}
