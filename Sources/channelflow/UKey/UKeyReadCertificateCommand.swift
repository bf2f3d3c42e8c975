import ArgumentParser
import FlowCertificates
import FlowDiagnostics
import FlowEngine
import Foundation
import SmartCard
#if canImport(Glibc)
import Glibc
#endif

/// `channelflow ukey read-cert`: the certificate on the key, as DER or PEM.
struct UKeyReadCertificateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read-cert", abstract: "Write the key's certificate to standard output, DER or --pem. 读取证书。")

    enum Slot: String, ExpressibleByArgument, CaseIterable {
        case signing, encryption
    }

    @OptionGroup var readerOption: ReaderOption
    @Flag(help: "PEM text instead of DER bytes. 输出 PEM 文本。") var pem = false
    @Option(help: "Which certificate: signing (default) or encryption. 签名或加密证书。") var slot: Slot = .signing
    @OptionGroup var languageOption: LanguageOption

    func run() async throws {
        let language = languageOption.language
        try await CommandFailure.reporting(language) {
            if !pem, isatty(STDOUT_FILENO) == 1 {
                throw CommandFailure(.usage, LocalizedMessage(
                    en: "DER is binary: redirect standard output to a file, or add --pem",
                    zh: "DER 为二进制：请将标准输出重定向到文件，或加 --pem"))
            }
            let certificateSlot: CertificateSlot = slot == .signing ? .signing : .encryption
            let der = try UKeySession.run(reader: readerOption.reader) { card throws(UKeyCardError) -> Result<[UInt8], ProviderError> in
                .success(try card.certificate(certificateSlot))
            }
            guard !der.isEmpty else {
                throw CommandFailure(.inputErrors, LocalizedMessage(
                    en: "the key holds no \(slot.rawValue) certificate", zh: "UKEY 中没有\(slot == .signing ? "签名" : "加密")证书"))
            }
            if pem {
                do {
                    Terminal.printOut(try KeyCertificate(der: der).pem)
                } catch {
                    throw CommandFailure(.inputErrors, LocalizedMessage(
                        en: "the certificate on the key cannot be read: \(error)", zh: "UKEY 中的证书无法读取：\(error)"))
                }
            } else {
                FileHandle.standardOutput.write(Data(der))
            }
        }
    }
}
