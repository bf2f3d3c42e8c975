import ArgumentParser
import FlowDiagnostics
import FlowEngine
import SmartCard

/// `channelflow ukey change-pin`: a new certificate password, after the current one.
struct UKeyChangePINCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "change-pin",
        abstract: "Change the certificate password (the current one, then the new one twice). 修改证书密码。",
        discussion: "From standard input: three lines, the current password, the new one, the new one again.")

    @OptionGroup var readerOption: ReaderOption
    @OptionGroup var languageOption: LanguageOption

    func run() async throws {
        let language = languageOption.language
        try await CommandFailure.reporting(language) {
            let old = try UKeySession.password(LocalizedMessage(en: "Current password", zh: "当前密码"), language)
            let new = try NewPassword.read(language)
            let check = try UKeySession.run(reader: readerOption.reader) { card throws(UKeyCardError) -> Result<PasswordCheck, ProviderError> in
                .success(try card.changePassword(old: old, new: new))
            }
            if let failure = UKeySession.refused(check, what: LocalizedMessage(en: "current password", zh: "当前密码")) { throw failure }
            Terminal.printOut(LocalizedMessage(en: "password changed", zh: "密码已修改").text(language))
        }
    }
}
