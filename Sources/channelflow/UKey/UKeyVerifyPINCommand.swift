import ArgumentParser
import FlowDiagnostics
import FlowEngine
import SmartCard

/// `channelflow ukey verify-pin`: checks the certificate password (a wrong one uses a try).
struct UKeyVerifyPINCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-pin", abstract: "Check the certificate password; a wrong one uses up a try. 校验证书密码。")

    @OptionGroup var readerOption: ReaderOption
    @OptionGroup var languageOption: LanguageOption

    func run() async throws {
        let language = languageOption.language
        try await CommandFailure.reporting(language) {
            let pin = try UKeySession.password(LocalizedMessage(en: "Certificate password", zh: "证书密码"), language)
            let check = try UKeySession.run(reader: readerOption.reader) { card throws(UKeyCardError) -> Result<PasswordCheck, ProviderError> in
                .success(try card.verify(pin: pin))
            }
            if let failure = UKeySession.refused(check, what: LocalizedMessage(en: "certificate password", zh: "证书密码")) { throw failure }
            Terminal.printOut(LocalizedMessage(en: "password verified", zh: "密码正确").text(language))
        }
    }
}
