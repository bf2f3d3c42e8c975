import ArgumentParser
import Foundation

/// Where orders live and how providers are chosen: shared by every order command.
struct EngineOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOption

    @Option(help: ArgumentHelp(
        "Provider configuration (default: ./channelflow.yaml when present; without one every provider is the sandbox). 服务配置文件。",
        valueName: "path"))
    var config: String?

    @Option(name: .customLong("ukey-file"), help: ArgumentHelp(
        "The key the sandbox UKEY plays (overrides the configuration). 沙箱 UKEY 描述文件。", valueName: "path"))
    var ukeyFile: String?

    @Option(help: ArgumentHelp(
        "Where Flows/, Channels/ and Calendars/ are (default: the current folder). 流程、渠道与日历文件所在目录。", valueName: "dir"))
    var project: String = "."

    var databasePath: String { database.path }

    var configurationPath: String? {
        if let config { return config }
        return FileManager.default.fileExists(atPath: "channelflow.yaml") ? "channelflow.yaml" : nil
    }
}
