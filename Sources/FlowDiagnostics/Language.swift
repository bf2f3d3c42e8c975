/// The language user-facing messages are printed in.
public enum Language: String, CaseIterable, Sendable {
    case en
    case zh

    /// The language a POSIX locale value such as `zh_CN.UTF-8` asks for; English otherwise.
    public static func fromLocale(_ value: String?) -> Language {
        guard let value, value.lowercased().hasPrefix("zh") else { return .en }
        return .zh
    }

    /// The language `LC_ALL`, `LC_MESSAGES` or `LANG` asks for, in POSIX precedence order.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return fromLocale(value)
            }
        }
        return .en
    }
}
