import ArgumentParser

/// `channelflow bench …`: performance figures, meant for release builds (`swift build -c release`).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Print performance figures (use a release build). 输出性能数据（请使用 release 构建）。",
        subcommands: [BenchYAMLCommand.self, BenchHostileCommand.self, BenchLintCommand.self, BenchEngineCommand.self, BenchServeCommand.self]
    )
}
