import ArgumentParser
import FlowDiagnostics
import FlowEngine

/// `channelflow unlock grant ORDER`: the channel's authorisation for an authorised unlock.
struct UnlockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlock", abstract: "The channel's side of an authorised unlock. 渠道授权解锁。", subcommands: [Grant.self])

    struct Grant: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "grant",
            abstract: "Issue the authorisation code of an open unlock order. 为解锁订单签发授权码。",
            discussion: """
            For channels with authorised unlock: once the channel has approved the unlock, this prints \
            a one-time code (valid 24 hours, stored only as a hash) that the applicant enters with \
            the new password. It is printed once and cannot be shown again.
            """
        )

        @Argument(help: "The order number. 订单号。") var order: String
        @OptionGroup var engineOptions: EngineOptions
        @OptionGroup var languageOption: LanguageOption

        func run() throws {
            try OrderOperation.perform(engineOptions, languageOption.language) { (engine) throws(EngineError) -> String in
                try engine.grantUnlock(order)
            }
        }
    }
}
