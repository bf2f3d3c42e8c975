import FlowDiagnostics

/// A new certificate password, typed twice; 6 to 16 characters, as the flows ask.
enum NewPassword {
    static let lengths = 6...16

    static func read(_ language: Language) throws(CommandFailure) -> String {
        let new = try UKeySession.password(LocalizedMessage(en: "New password", zh: "新密码"), language)
        let again = try UKeySession.password(LocalizedMessage(en: "New password again", zh: "再次输入新密码"), language)
        guard new == again else {
            throw CommandFailure(.inputErrors, LocalizedMessage(en: "the two new passwords differ", zh: "两次输入的新密码不一致"))
        }
        guard lengths.contains(new.count), new.utf8.count <= lengths.upperBound else {
            throw CommandFailure(.inputErrors, LocalizedMessage(
                en: "the new password must have \(lengths.lowerBound) to \(lengths.upperBound) characters",
                zh: "新密码须为 \(lengths.lowerBound)–\(lengths.upperBound) 位"))
        }
        return new
    }
}
