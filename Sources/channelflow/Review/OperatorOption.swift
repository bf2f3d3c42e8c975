import ArgumentParser
import Foundation

/// `--operator NAME`: who takes a review decision; defaults to the login name ($USER).
struct OperatorOption: ParsableArguments {
    @Option(name: .customLong("operator"), help: ArgumentHelp("Who decides (default: $USER). 审核人员。", valueName: "name"))
    var explicit: String?

    func validate() throws {
        guard name != nil else {
            throw ValidationError("give --operator NAME (no $USER to default to). 请用 --operator 指定审核人员。")
        }
    }

    /// The operator's name, trimmed; nil when neither the option nor $USER gives one.
    var name: String? {
        let given = explicit ?? ProcessInfo.processInfo.environment["USER"]
        return given.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
