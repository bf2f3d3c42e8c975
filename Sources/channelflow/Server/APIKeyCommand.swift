import ArgumentParser

/// `channelflow apikey create|list|revoke`: the channels' keys to the HTTP API.
struct APIKeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apikey",
        abstract: "Create, list and revoke the channels' API keys. 管理渠道 API 密钥。",
        discussion: """
        A key belongs to one channel and sees only that channel's orders. Only its SHA-256 is stored: \
        `create` prints the key once, and a lost key is revoked and replaced, never recovered.
        每个密钥只属于一个渠道，只能访问该渠道的订单；数据库仅保存其 SHA-256，密钥仅在创建时显示一次。
        """,
        subcommands: [APIKeyCreateCommand.self, APIKeyListCommand.self, APIKeyRevokeCommand.self])
}
