import ArgumentParser

/// The exit codes every `channelflow` command uses.
enum ExitStatus: Int32 {
    case success = 0
    /// The input has errors; diagnostics went to standard error.
    case inputErrors = 1
    /// A bad command line or an unreadable file.
    case usage = 2
    /// Something failed inside ChannelFlow itself.
    case internalFailure = 3

    var exitCode: ExitCode { ExitCode(rawValue) }
}
