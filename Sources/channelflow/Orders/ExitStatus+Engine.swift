import FlowEngine

extension ExitStatus {
    /// A refusal is the input's fault (1); a database that fails is ChannelFlow's (3).
    init(_ error: EngineError) {
        switch error {
        case .storage: self = .internalFailure
        default: self = .inputErrors
        }
    }
}
