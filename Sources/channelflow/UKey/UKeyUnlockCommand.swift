import ArgumentParser
import FlowDiagnostics
import FlowEngine
import FlowProviders
import SmartCard

/// `channelflow ukey unlock`: the CA's desk unblocks a key with its administrator key and sets the
/// applicant's new password.
struct UKeyUnlockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlock",
        abstract: "Unblock the key with its administrator key from the CA's registry and set a new password. 解锁 UKEY 并设置新密码。",
        discussion: """
        For the CA's desk. Applicants unlock through the unlock process (`channelflow run --flow unlock`), \
        where an authorisation code releases the administrator key. From standard input: two lines, the \
        new password twice.
        """)

    @OptionGroup var readerOption: ReaderOption
    @Option(help: ArgumentHelp(
        "The sandbox CA's registry of administrator keys (YAML: key serial → PUK). 管理员密钥登记文件。", valueName: "path"))
    var administratorKeys: String
    @OptionGroup var languageOption: LanguageOption

    func run() async throws {
        let language = languageOption.language
        try await CommandFailure.reporting(language) {
            let new = try NewPassword.read(language)
            let device = PCSCUKey(reader: readerOption.reader, administratorKeys: SandboxKeyRegistry(file: administratorKeys))
            do throws(ProviderError) {
                try await device.resetPIN(newPIN: new)
            } catch {
                throw CommandFailure(.inputErrors, error.message)
            }
            Terminal.printOut(LocalizedMessage(en: "key unlocked; the new password is set", zh: "UKEY 已解锁，新密码已设置").text(language))
        }
    }
}
