import ArgumentParser

/// `--project DIR`: where `Flows/` and `Channels/` are.
struct ProjectOption: ParsableArguments {
    @Option(name: .customLong("project"), help: ArgumentHelp(
        "Where Flows/ and Channels/ are (default: the current folder). 流程与渠道文件所在目录。", valueName: "dir"))
    var path: String = "."
}

/// `--channel ID --flow ID`: one compiled (channel, flow) of the project.
struct PairOptions: ParsableArguments {
    @Option(help: "The channel id. 渠道。") var channel: String
    @Option(help: "The flow id. 流程。") var flow: String
}
