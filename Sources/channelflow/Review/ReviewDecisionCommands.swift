import ArgumentParser
import FlowDiagnostics
import FlowEngine
import FlowStore
import Foundation

/// `channelflow review approve ORDER`: the order goes on to its flow's next step.
struct ReviewApproveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve", abstract: "Approve an order waiting for review. 审核通过。",
        discussion: "The order continues with the flow's next step, as far as it goes without answers (an issued certificate …).")

    @Argument(help: "The order number. 订单号。") var order: String
    @Option(help: ArgumentHelp("Why, for the history (optional). 审核意见（可选）。", valueName: "text")) var reason: String?
    @OptionGroup var operatorOption: OperatorOption
    @Flag(help: "Print JSON. 输出 JSON。") var json = false
    @OptionGroup var engineOptions: EngineOptions
    @OptionGroup var languageOption: LanguageOption

    func run() async throws {
        try await StepReportOutput(language: languageOption.language, json: json).endWait(engineOptions, movesOn: true) {
            (engine) throws(EngineError) -> StepReport in try await engine.approve(order, by: operatorOption.name ?? "", reason: reason)
        }
    }
}

/// `channelflow review reject ORDER --reason TEXT --return-to STEP`: the applicant sees the reason
/// and does the order again from STEP; everything else is kept.
struct ReviewRejectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject", abstract: "Return an order to one of its steps with a reason. 审核退回至指定步骤并说明原因。",
        discussion: """
        STEP is one of the steps the order completed (see `channelflow review show ORDER`). The order \
        becomes active at STEP; answers, materials and payments stay, and `channelflow show` gives the \
        applicant the reason. The applicant continues with `channelflow resume ORDER`.
        """)

    @Argument(help: "The order number. 订单号。") var order: String
    @Option(help: ArgumentHelp("Why, shown to the applicant. 退回原因（申请人可见）。", valueName: "text")) var reason: String
    @Option(name: .customLong("return-to"), help: ArgumentHelp("The step to do again. 退回至的步骤。", valueName: "step")) var returnTo: String
    @OptionGroup var operatorOption: OperatorOption
    @OptionGroup var engineOptions: EngineOptions
    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("--reason cannot be empty: the applicant is told why. 退回原因不能为空。")
        }
    }

    func run() throws {
        let language = languageOption.language
        try OrderOperation.perform(engineOptions, language) { (engine) throws(EngineError) -> String in
            let record = try engine.reject(order, by: operatorOption.name ?? "", reason: reason, returnTo: returnTo)
            return language == .zh ? "订单 \(record.id) 已退回至步骤 \(record.step)" : "order \(record.id) is returned to step \(record.step)"
        }
    }
}
