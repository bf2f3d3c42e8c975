import ArgumentParser
import Foundation

/// `--db PATH`: where orders live; on its own for the commands that only touch the database.
struct DatabaseOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The order database (default: $CHANNELFLOW_DB, else ./channelflow.sqlite). 订单数据库。", valueName: "path"))
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["CHANNELFLOW_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "channelflow.sqlite"
    }
}
