import ArgumentParser

/// `--project DIR`: where `Flows/` and `Channels/` are.
struct ProjectOption: ParsableArguments {
    @Option(name: .customLong("project"), help: ArgumentHelp(
        "Where Flows/, Channels/ and Calendars/ are (default: the current folder). 流程、渠道与日历文件所在目录。", valueName: "dir"))
    var path: String = "."
}

/// `--channel ID --flow ID`: one compiled (channel, flow) of the project; the shell completes both.
struct PairOptions: ParsableArguments {
    @Option(help: "The channel id. 渠道。", completion: .custom(PairCompletion.channels)) var channel: String
    @Option(help: "The flow id. 流程。", completion: .custom(PairCompletion.flows)) var flow: String
}
