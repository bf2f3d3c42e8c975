import ArgumentParser
import FlowCertificates
import FlowDiagnostics
import FlowDomain
import FlowEngine
import Foundation
import SmartCard

/// `channelflow ukey status`: the key, its certificate and its password's tries.
struct UKeyStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "The inserted key: serial, certificate subject and validity, password tries left. UKEY 状态。")

    @OptionGroup var readerOption: ReaderOption
    @Flag(help: "As one JSON object. 以 JSON 输出。") var json = false
    @OptionGroup var languageOption: LanguageOption

    /// What the key tells, read in one session.
    struct Status {
        var token: String
        var certificate: KeyCertificate?
        var unreadableCertificate: String?
        var password: PasswordCheck
    }

    func run() async throws {
        let language = languageOption.language
        try await CommandFailure.reporting(language) {
            let status = try UKeySession.run(reader: readerOption.reader) { card throws(UKeyCardError) -> Result<Status, ProviderError> in
                let der = try card.certificate()
                var status = Status(token: try card.serialNumber(), password: try card.passwordStatus())
                if !der.isEmpty {
                    do throws(CertificateError) { status.certificate = try KeyCertificate(der: der) } catch { status.unreadableCertificate = error.description }
                }
                return .success(status)
            }
            let today = CivilDate.shanghaiDate(epochMilliseconds: Int64(Date().timeIntervalSince1970 * 1000))
            if json {
                Terminal.printOut(JSONWriter(pretty: true).string(Self.json(status, today: today)))
            } else {
                Terminal.printOut(Self.text(status, today: today, language))
            }
        }
    }

    static func tries(_ check: PasswordCheck) -> (verified: Bool, left: Int?, blocked: Bool) {
        switch check {
        case .verified: (true, nil, false)
        case let .wrong(left): (false, left, false)
        case .blocked: (false, 0, true)
        }
    }

    static func json(_ status: Status, today: CivilDate) -> JSONValue {
        let password = tries(status.password)
        var members: [(String, JSONValue)] = [
            ("card_present", .bool(true)), ("token", .string(status.token)),
            ("password_tries_left", password.left.map { .integer($0) } ?? .null), ("password_blocked", .bool(password.blocked)),
        ]
        if let certificate = status.certificate {
            members.append(("certificate", .object([
                ("serial", .string(certificate.serial)), ("organization", .string(certificate.organization)),
                ("uscc", .string(certificate.uscc)), ("not_before", .string(certificate.notBefore.description)),
                ("not_after", .string(certificate.notAfter.description)),
                ("renewal_opens", .string(certificate.renewalOpens.description)),
                ("renewable_today", .bool(certificate.renewable(on: today))),
            ])))
        } else {
            members.append(("certificate", .null))
            if let reason = status.unreadableCertificate { members.append(("certificate_error", .string(reason))) }
        }
        return .object(members)
    }

    static func text(_ status: Status, today: CivilDate, _ language: Language) -> String {
        func line(_ en: String, _ zh: String, _ value: String) -> String {
            (language == .zh ? zh : en) + ": " + value
        }
        let password = tries(status.password)
        let passwordText = password.blocked
            ? LocalizedMessage(en: "blocked", zh: "已锁定")
            : LocalizedMessage(en: "\(password.left ?? 0) tries left", zh: "剩余 \(password.left ?? 0) 次")
        var lines = [line("UKEY", "UKEY", status.token), line("Password", "密码", passwordText.text(language))]
        if let certificate = status.certificate {
            let window = certificate.renewable(on: today)
                ? LocalizedMessage(en: "open now", zh: "现可办理")
                : LocalizedMessage(en: "opens \(certificate.renewalOpens)", zh: "\(certificate.renewalOpens) 起可办理")
            lines += [
                line("Organisation", "单位名称", certificate.organization),
                line("USCC", "统一社会信用代码", certificate.uscc),
                line("Certificate serial", "证书序列号", certificate.serial),
                line("Valid", "有效期", "\(certificate.notBefore) – \(certificate.notAfter)"),
                line("Renewal", "证书更新", window.text(language)),
            ]
        } else {
            let reason = status.unreadableCertificate.map { LocalizedMessage(en: "unreadable (\($0))", zh: "无法读取（\($0)）") }
                ?? LocalizedMessage(en: "none", zh: "无")
            lines.append(line("Certificate", "证书", reason.text(language)))
        }
        return lines.joined(separator: "\n")
    }
}
