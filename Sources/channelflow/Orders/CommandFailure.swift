import FlowDiagnostics
import FlowModel

/// A command that cannot go on: the message for standard error and the exit status.
struct CommandFailure: Error {
    let status: ExitStatus
    let message: LocalizedMessage

    init(_ status: ExitStatus, _ message: LocalizedMessage) {
        self.status = status
        self.message = message
    }
}

extension CommandFailure {
    /// Runs a command's body; a failure is printed in `language` and becomes its exit status.
    static func reporting<T>(_ language: Language, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let failure as CommandFailure {
            Terminal.printError(failure.message.text(language))
            throw failure.status.exitCode
        }
    }
}
