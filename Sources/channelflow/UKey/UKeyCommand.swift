import ArgumentParser

/// `channelflow ukey …`: the UKEY in a real card reader, through PC/SC (pcscd).
struct UKeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ukey",
        abstract: "The UKEY in a card reader, through PC/SC. 通过 PC/SC 操作读卡器中的 UKEY。",
        discussion: """
        Passwords are read without echo from the terminal, or one per line from standard input when \
        it is not a terminal; never from an argument or the environment. Exit 0 on success, 1 when the \
        key, the reader or a password says no (the reason on standard error).
        密码在终端中不回显输入；非终端时从标准输入逐行读取；绝不从参数或环境变量读取。
        """,
        subcommands: [UKeyReadersCommand.self, UKeyStatusCommand.self, UKeyVerifyPINCommand.self, UKeyChangePINCommand.self,
                      UKeyUnlockCommand.self, UKeyReadCertificateCommand.self]
    )
}
