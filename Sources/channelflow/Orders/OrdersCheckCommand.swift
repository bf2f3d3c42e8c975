import ArgumentParser
import FlowDiagnostics
import FlowStore
import Foundation

extension OrdersCommand {
    /// `channelflow orders check`: SQLite's own consistency check of the order database, for an
    /// operator after a crash, a full disk or a copied file.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check that the order database is sound (PRAGMA integrity_check). 检查订单数据库是否完好。",
            discussion: """
            Prints `ok` and exits 0 when SQLite finds the database sound; otherwise prints each \
            problem SQLite reports and exits 1. It reads a snapshot, so it is safe while other \
            processes run orders. A database that does not exist (it is never created) or that \
            SQLite cannot open at all ("database disk image is malformed") exits 2.
            """
        )

        @OptionGroup var database: DatabaseOption
        @OptionGroup var languageOption: LanguageOption

        func run() throws {
            let language = languageOption.language
            let path = database.path
            // Opening a missing file would create an empty, perfectly sound database.
            guard FileManager.default.fileExists(atPath: path) else {
                Terminal.printError(LocalizedMessage(en: "no database at \(path)", zh: "数据库不存在：\(path)").text(language))
                throw ExitStatus.usage.exitCode
            }
            let problems: [String]
            do {
                problems = try OrderStore(database: FlowDatabase(.file(path))).integrityCheck()
            } catch {
                Terminal.printError(LocalizedMessage(
                    en: "cannot check the database \(path): \(error)", zh: "无法检查数据库 \(path)：\(error)").text(language))
                throw ExitStatus.usage.exitCode
            }
            Terminal.printOut(problems.joined(separator: "\n"))
            if problems != ["ok"] { throw ExitStatus.inputErrors.exitCode }
        }
    }
}
