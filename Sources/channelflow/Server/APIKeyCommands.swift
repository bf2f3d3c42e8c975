import ArgumentParser
import FlowDiagnostics
import FlowEngine
import FlowLint
import FlowModel
import FlowServer
import FlowStore
import Foundation

/// `channelflow apikey create --channel ID [--label TEXT]`: prints the new key, once.
struct APIKeyCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create a key for a channel and print it once. 为渠道创建密钥（仅显示一次）。")

    @Option(help: "The channel the key belongs to. 密钥所属渠道。") var channel: String
    @Option(help: "A note on who holds the key. 备注（持有方）。") var label: String?
    @OptionGroup var database: DatabaseOption
    @OptionGroup var languageOption: LanguageOption
    @OptionGroup var projectOption: ProjectOption

    func run() async throws {
        try await CommandFailure.reporting(languageOption.language) {
            let channels = Set(try CatalogLoader.context(project: projectOption.path).catalog.entries.map(\.channel.id))
            guard channels.contains(channel) else {
                throw CommandFailure(.usage, LocalizedMessage(
                    en: "no channel \(channel); channels: \(channels.sorted().joined(separator: ", "))",
                    zh: "没有渠道 \(channel)；可选：\(channels.sorted().joined(separator: "、"))"))
            }
            let store = try APIKeyCommandStore.open(database.path)
            let created = try APIKeyCommandStore.perform { try APIKeys(store: store).create(channel: channel, label: label, now: try EnvironmentClock.clock().now()) }
            Terminal.printOut(created.key)
            Terminal.printError("key \(created.record.id) for channel \(channel): shown once, keep it secret. 密钥仅显示一次，请妥善保管。")
        }
    }
}

/// `channelflow apikey list [--channel ID]`: ids, channels and dates, never secrets.
struct APIKeyListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List keys (never their secrets). 列出密钥。")

    @Option(help: "Only this channel's keys. 仅列出该渠道。") var channel: String?
    @OptionGroup var database: DatabaseOption
    @OptionGroup var languageOption: LanguageOption

    func run() async throws {
        try await CommandFailure.reporting(languageOption.language) {
            let store = try APIKeyCommandStore.open(database.path)
            for key in try APIKeyCommandStore.perform({ try store.apiKeys(channel: channel) }) {
                let state = key.revokedAt.map { "revoked \(Self.date($0))" } ?? "active"
                Terminal.printOut([key.id, key.channel, Self.date(key.createdAt), state, key.label ?? ""].joined(separator: "\t"))
            }
        }
    }

    static func date(_ milliseconds: Int64) -> String {
        ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }
}

/// `channelflow apikey revoke ID`: the key stops working at once.
struct APIKeyRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke a key. 吊销密钥。")

    @Argument(help: "The key's id (the part after cfk_, as `list` shows it). 密钥编号。") var id: String
    @OptionGroup var database: DatabaseOption
    @OptionGroup var languageOption: LanguageOption

    func run() async throws {
        try await CommandFailure.reporting(languageOption.language) {
            let store = try APIKeyCommandStore.open(database.path)
            let now = try EnvironmentClock.clock().now()
            guard let key = try APIKeyCommandStore.perform({ try store.revokeAPIKey(id: id, at: now) }) else {
                throw CommandFailure(.inputErrors, LocalizedMessage(en: "no API key \(id)", zh: "没有密钥 \(id)"))
            }
            Terminal.printOut("revoked \(key.id) (channel \(key.channel))")
        }
    }
}

/// The database the key commands use, with its failures as command failures.
enum APIKeyCommandStore {
    static func open(_ path: String) throws(CommandFailure) -> OrderStore {
        OrderStore(database: try EngineSetup.openDatabase(path))
    }

    static func perform<T>(_ body: () throws -> T) throws(CommandFailure) -> T {
        do { return try body() } catch {
            throw CommandFailure(.internalFailure, LocalizedMessage(en: "the database refused: \(error)", zh: "数据库操作失败：\(error)"))
        }
    }
}
