public import ArgumentParser
import FlowDiagnostics
import Foundation

/// `--lang en|zh`, defaulting to the language of `LC_ALL`/`LC_MESSAGES`/`LANG`, else English.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "Language of messages: en or zh (default: from LANG, else en). 消息语言。",
            valueName: "en|zh"
        )
    )
    var explicit: Language?

    var language: Language {
        explicit ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }
}

extension Language: ExpressibleByArgument {}
