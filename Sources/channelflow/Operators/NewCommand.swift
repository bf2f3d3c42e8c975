import ArgumentParser

/// `channelflow new KIND …`: scaffolds project files.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Scaffold a new project file. 生成新的项目文件。",
        subcommands: [NewChannelCommand.self])
}
