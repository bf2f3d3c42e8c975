import FlowDiagnostics
public import FlowEngine
import FlowYAML

/// The sandbox CA's registry of UKEY administrator keys: a YAML file mapping each key's serial
/// number to its PUK, as the CA records them when it hands out keys.
///
/// ```yaml
/// UKEY0000000001: "12345678"
/// ```
///
/// A real CA keeps these in its own system; this file stands in for it and is read on every unlock.
public struct SandboxKeyRegistry: AdministratorKeys {
    static let provider = "sandbox key registry"
    public let file: String

    public init(file: String) {
        self.file = file
    }

    public func administratorKey(forToken serial: String) throws(ProviderError) -> String {
        let root: YAMLNode?
        do throws(ProviderConfigurationError) {
            root = try SettingsDocument.root(path: file)
        } catch {
            throw ProviderError(provider: Self.provider, message: LocalizedMessage(en: error.text(.en), zh: error.text(.zh)))
        }
        guard let pairs = root?.mapping else {
            throw ProviderError(provider: Self.provider, message: LocalizedMessage(
                en: "\(file) is not a mapping of UKEY serial numbers to administrator keys",
                zh: "\(file) 不是 UKEY 序列号到管理员密钥的映射"))
        }
        guard let pair = pairs.first(where: { $0.key.string == serial }), let key = pair.value.string, !key.isEmpty else {
            throw ProviderError(provider: Self.provider, message: LocalizedMessage(
                en: "the CA holds no administrator key for UKEY \(serial); it cannot be unlocked here",
                zh: "CA 没有 UKEY \(serial) 的管理员密钥，无法在此解锁"))
        }
        return key
    }
}
