import CPCSCLite

/// Every code of pcsc-lite's `pcsclite.h` (`SCARD_E_*`, `SCARD_F_*`, `SCARD_W_*`, `SCARD_P_*`), named
/// after the constant, matched against the header's own values so no width or value is guessed.
public enum PCSCCode: Sendable, Hashable, CustomStringConvertible {
    /// `SCARD_F_INTERNAL_ERROR`: An internal consistency check failed.
    case internalError
    /// `SCARD_E_CANCELLED`: The action was cancelled by an SCardCancel request.
    case cancelled
    /// `SCARD_E_INVALID_HANDLE`: The supplied handle was invalid.
    case invalidHandle
    /// `SCARD_E_INVALID_PARAMETER`: One or more of the supplied parameters could not be properly interpreted.
    case invalidParameter
    /// `SCARD_E_INVALID_TARGET`: Registry startup information is missing or invalid.
    case invalidTarget
    /// `SCARD_E_NO_MEMORY`: Not enough memory available to complete this command.
    case noMemory
    /// `SCARD_F_WAITED_TOO_LONG`: An internal consistency timer has expired.
    case waitedTooLong
    /// `SCARD_E_INSUFFICIENT_BUFFER`: The data buffer to receive returned data is too small for the returned data.
    case insufficientBuffer
    /// `SCARD_E_UNKNOWN_READER`: The specified reader name is not recognized.
    case unknownReader
    /// `SCARD_E_TIMEOUT`: The user-specified timeout value has expired.
    case timeout
    /// `SCARD_E_SHARING_VIOLATION`: The smart card cannot be accessed because of other connections outstanding.
    case sharingViolation
    /// `SCARD_E_NO_SMARTCARD`: The operation requires a Smart Card, but no Smart Card is currently in the device.
    case noSmartcard
    /// `SCARD_E_UNKNOWN_CARD`: The specified smart card name is not recognized.
    case unknownCard
    /// `SCARD_E_CANT_DISPOSE`: The system could not dispose of the media in the requested manner.
    case cantDispose
    /// `SCARD_E_PROTO_MISMATCH`: The requested protocols are incompatible with the protocol currently in use with the smart card.
    case protoMismatch
    /// `SCARD_E_NOT_READY`: The reader or smart card is not ready to accept commands.
    case notReady
    /// `SCARD_E_INVALID_VALUE`: One or more of the supplied parameters values could not be properly interpreted.
    case invalidValue
    /// `SCARD_E_SYSTEM_CANCELLED`: The action was cancelled by the system, presumably to log off or shut down.
    case systemCancelled
    /// `SCARD_F_COMM_ERROR`: An internal communications error has been detected.
    case commError
    /// `SCARD_F_UNKNOWN_ERROR`: An internal error has been detected, but the source is unknown.
    case unknownError
    /// `SCARD_E_INVALID_ATR`: An ATR obtained from the registry is not a valid ATR string.
    case invalidAtr
    /// `SCARD_E_NOT_TRANSACTED`: An attempt was made to end a non-existent transaction.
    case notTransacted
    /// `SCARD_E_READER_UNAVAILABLE`: The specified reader is not currently available for use.
    case readerUnavailable
    /// `SCARD_P_SHUTDOWN`: The operation has been aborted to allow the server application to exit.
    case shutdown
    /// `SCARD_E_PCI_TOO_SMALL`: The PCI Receive buffer was too small.
    case pciTooSmall
    /// `SCARD_E_READER_UNSUPPORTED`: The reader driver does not meet minimal requirements for support.
    case readerUnsupported
    /// `SCARD_E_DUPLICATE_READER`: The reader driver did not produce a unique reader name.
    case duplicateReader
    /// `SCARD_E_CARD_UNSUPPORTED`: The smart card does not meet minimal requirements for support.
    case cardUnsupported
    /// `SCARD_E_NO_SERVICE`: The Smart card resource manager is not running.
    case noService
    /// `SCARD_E_SERVICE_STOPPED`: The Smart card resource manager has shut down.
    case serviceStopped
    /// `SCARD_E_UNEXPECTED`: An unexpected card error has occurred.
    case unexpected
    /// `SCARD_E_ICC_INSTALLATION`: No primary provider can be found for the smart card.
    case iccInstallation
    /// `SCARD_E_ICC_CREATEORDER`: The requested order of object creation is not supported.
    case iccCreateorder
    /// `SCARD_E_DIR_NOT_FOUND`: The identified directory does not exist in the smart card.
    case dirNotFound
    /// `SCARD_E_FILE_NOT_FOUND`: The identified file does not exist in the smart card.
    case fileNotFound
    /// `SCARD_E_NO_DIR`: The supplied path does not represent a smart card directory.
    case noDir
    /// `SCARD_E_NO_FILE`: The supplied path does not represent a smart card file.
    case noFile
    /// `SCARD_E_NO_ACCESS`: Access is denied to this file.
    case noAccess
    /// `SCARD_E_WRITE_TOO_MANY`: The smart card does not have enough memory to store the information.
    case writeTooMany
    /// `SCARD_E_BAD_SEEK`: There was an error trying to set the smart card file object pointer.
    case badSeek
    /// `SCARD_E_INVALID_CHV`: The supplied PIN is incorrect.
    case invalidChv
    /// `SCARD_E_UNKNOWN_RES_MNG`: An unrecognized error code was returned from a layered component.
    case unknownResMng
    /// `SCARD_E_NO_SUCH_CERTIFICATE`: The requested certificate does not exist.
    case noSuchCertificate
    /// `SCARD_E_CERTIFICATE_UNAVAILABLE`: The requested certificate could not be obtained.
    case certificateUnavailable
    /// `SCARD_E_NO_READERS_AVAILABLE`: Cannot find a smart card reader.
    case noReadersAvailable
    /// `SCARD_E_COMM_DATA_LOST`: A communications error with the smart card has been detected. Retry the operation.
    case commDataLost
    /// `SCARD_E_NO_KEY_CONTAINER`: The requested key container does not exist on the smart card.
    case noKeyContainer
    /// `SCARD_E_SERVER_TOO_BUSY`: The Smart Card Resource Manager is too busy to complete this operation.
    case serverTooBusy
    /// `SCARD_W_UNSUPPORTED_CARD`: The reader cannot communicate with the card, due to ATR string configuration conflicts.
    case unsupportedCard
    /// `SCARD_W_UNRESPONSIVE_CARD`: The smart card is not responding to a reset.
    case unresponsiveCard
    /// `SCARD_W_UNPOWERED_CARD`: Power has been removed from the smart card, so that further communication is not possible.
    case unpoweredCard
    /// `SCARD_W_RESET_CARD`: The smart card has been reset, so any shared state information is invalid.
    case resetCard
    /// `SCARD_W_REMOVED_CARD`: The smart card has been removed, so further communication is not possible.
    case removedCard
    /// `SCARD_W_SECURITY_VIOLATION`: Access was denied because of a security violation.
    case securityViolation
    /// `SCARD_W_WRONG_CHV`: The card cannot be accessed because the wrong PIN was presented.
    case wrongChv
    /// `SCARD_W_CHV_BLOCKED`: The card cannot be accessed because the maximum number of PIN entry attempts has been reached.
    case chvBlocked
    /// `SCARD_W_EOF`: The end of the smart card file has been reached.
    case eof
    /// `SCARD_W_CANCELLED_BY_USER`: The user pressed "Cancel" on a Smart Card Selection Dialog.
    case cancelledByUser
    /// `SCARD_W_CARD_NOT_AUTHENTICATED`: No PIN was presented to the smart card.
    case cardNotAuthenticated
    /// A code the header does not define.
    case other(UInt32)

    init(_ rv: LONG) {
        switch rv {
        case SCARD_F_INTERNAL_ERROR: self = .internalError
        case SCARD_E_CANCELLED: self = .cancelled
        case SCARD_E_INVALID_HANDLE: self = .invalidHandle
        case SCARD_E_INVALID_PARAMETER: self = .invalidParameter
        case SCARD_E_INVALID_TARGET: self = .invalidTarget
        case SCARD_E_NO_MEMORY: self = .noMemory
        case SCARD_F_WAITED_TOO_LONG: self = .waitedTooLong
        case SCARD_E_INSUFFICIENT_BUFFER: self = .insufficientBuffer
        case SCARD_E_UNKNOWN_READER: self = .unknownReader
        case SCARD_E_TIMEOUT: self = .timeout
        case SCARD_E_SHARING_VIOLATION: self = .sharingViolation
        case SCARD_E_NO_SMARTCARD: self = .noSmartcard
        case SCARD_E_UNKNOWN_CARD: self = .unknownCard
        case SCARD_E_CANT_DISPOSE: self = .cantDispose
        case SCARD_E_PROTO_MISMATCH: self = .protoMismatch
        case SCARD_E_NOT_READY: self = .notReady
        case SCARD_E_INVALID_VALUE: self = .invalidValue
        case SCARD_E_SYSTEM_CANCELLED: self = .systemCancelled
        case SCARD_F_COMM_ERROR: self = .commError
        case SCARD_F_UNKNOWN_ERROR: self = .unknownError
        case SCARD_E_INVALID_ATR: self = .invalidAtr
        case SCARD_E_NOT_TRANSACTED: self = .notTransacted
        case SCARD_E_READER_UNAVAILABLE: self = .readerUnavailable
        case SCARD_P_SHUTDOWN: self = .shutdown
        case SCARD_E_PCI_TOO_SMALL: self = .pciTooSmall
        case SCARD_E_READER_UNSUPPORTED: self = .readerUnsupported
        case SCARD_E_DUPLICATE_READER: self = .duplicateReader
        case SCARD_E_CARD_UNSUPPORTED: self = .cardUnsupported
        case SCARD_E_NO_SERVICE: self = .noService
        case SCARD_E_SERVICE_STOPPED: self = .serviceStopped
        case SCARD_E_UNEXPECTED: self = .unexpected
        case SCARD_E_ICC_INSTALLATION: self = .iccInstallation
        case SCARD_E_ICC_CREATEORDER: self = .iccCreateorder
        case SCARD_E_DIR_NOT_FOUND: self = .dirNotFound
        case SCARD_E_FILE_NOT_FOUND: self = .fileNotFound
        case SCARD_E_NO_DIR: self = .noDir
        case SCARD_E_NO_FILE: self = .noFile
        case SCARD_E_NO_ACCESS: self = .noAccess
        case SCARD_E_WRITE_TOO_MANY: self = .writeTooMany
        case SCARD_E_BAD_SEEK: self = .badSeek
        case SCARD_E_INVALID_CHV: self = .invalidChv
        case SCARD_E_UNKNOWN_RES_MNG: self = .unknownResMng
        case SCARD_E_NO_SUCH_CERTIFICATE: self = .noSuchCertificate
        case SCARD_E_CERTIFICATE_UNAVAILABLE: self = .certificateUnavailable
        case SCARD_E_NO_READERS_AVAILABLE: self = .noReadersAvailable
        case SCARD_E_COMM_DATA_LOST: self = .commDataLost
        case SCARD_E_NO_KEY_CONTAINER: self = .noKeyContainer
        case SCARD_E_SERVER_TOO_BUSY: self = .serverTooBusy
        case SCARD_W_UNSUPPORTED_CARD: self = .unsupportedCard
        case SCARD_W_UNRESPONSIVE_CARD: self = .unresponsiveCard
        case SCARD_W_UNPOWERED_CARD: self = .unpoweredCard
        case SCARD_W_RESET_CARD: self = .resetCard
        case SCARD_W_REMOVED_CARD: self = .removedCard
        case SCARD_W_SECURITY_VIOLATION: self = .securityViolation
        case SCARD_W_WRONG_CHV: self = .wrongChv
        case SCARD_W_CHV_BLOCKED: self = .chvBlocked
        case SCARD_W_EOF: self = .eof
        case SCARD_W_CANCELLED_BY_USER: self = .cancelledByUser
        case SCARD_W_CARD_NOT_AUTHENTICATED: self = .cardNotAuthenticated
        default: self = .other(UInt32(truncatingIfNeeded: rv))
        }
    }

    /// The constant's name, e.g. `SCARD_E_NO_SMARTCARD`.
    public var name: String {
        switch self {
        case .internalError: "SCARD_F_INTERNAL_ERROR"
        case .cancelled: "SCARD_E_CANCELLED"
        case .invalidHandle: "SCARD_E_INVALID_HANDLE"
        case .invalidParameter: "SCARD_E_INVALID_PARAMETER"
        case .invalidTarget: "SCARD_E_INVALID_TARGET"
        case .noMemory: "SCARD_E_NO_MEMORY"
        case .waitedTooLong: "SCARD_F_WAITED_TOO_LONG"
        case .insufficientBuffer: "SCARD_E_INSUFFICIENT_BUFFER"
        case .unknownReader: "SCARD_E_UNKNOWN_READER"
        case .timeout: "SCARD_E_TIMEOUT"
        case .sharingViolation: "SCARD_E_SHARING_VIOLATION"
        case .noSmartcard: "SCARD_E_NO_SMARTCARD"
        case .unknownCard: "SCARD_E_UNKNOWN_CARD"
        case .cantDispose: "SCARD_E_CANT_DISPOSE"
        case .protoMismatch: "SCARD_E_PROTO_MISMATCH"
        case .notReady: "SCARD_E_NOT_READY"
        case .invalidValue: "SCARD_E_INVALID_VALUE"
        case .systemCancelled: "SCARD_E_SYSTEM_CANCELLED"
        case .commError: "SCARD_F_COMM_ERROR"
        case .unknownError: "SCARD_F_UNKNOWN_ERROR"
        case .invalidAtr: "SCARD_E_INVALID_ATR"
        case .notTransacted: "SCARD_E_NOT_TRANSACTED"
        case .readerUnavailable: "SCARD_E_READER_UNAVAILABLE"
        case .shutdown: "SCARD_P_SHUTDOWN"
        case .pciTooSmall: "SCARD_E_PCI_TOO_SMALL"
        case .readerUnsupported: "SCARD_E_READER_UNSUPPORTED"
        case .duplicateReader: "SCARD_E_DUPLICATE_READER"
        case .cardUnsupported: "SCARD_E_CARD_UNSUPPORTED"
        case .noService: "SCARD_E_NO_SERVICE"
        case .serviceStopped: "SCARD_E_SERVICE_STOPPED"
        case .unexpected: "SCARD_E_UNEXPECTED"
        case .iccInstallation: "SCARD_E_ICC_INSTALLATION"
        case .iccCreateorder: "SCARD_E_ICC_CREATEORDER"
        case .dirNotFound: "SCARD_E_DIR_NOT_FOUND"
        case .fileNotFound: "SCARD_E_FILE_NOT_FOUND"
        case .noDir: "SCARD_E_NO_DIR"
        case .noFile: "SCARD_E_NO_FILE"
        case .noAccess: "SCARD_E_NO_ACCESS"
        case .writeTooMany: "SCARD_E_WRITE_TOO_MANY"
        case .badSeek: "SCARD_E_BAD_SEEK"
        case .invalidChv: "SCARD_E_INVALID_CHV"
        case .unknownResMng: "SCARD_E_UNKNOWN_RES_MNG"
        case .noSuchCertificate: "SCARD_E_NO_SUCH_CERTIFICATE"
        case .certificateUnavailable: "SCARD_E_CERTIFICATE_UNAVAILABLE"
        case .noReadersAvailable: "SCARD_E_NO_READERS_AVAILABLE"
        case .commDataLost: "SCARD_E_COMM_DATA_LOST"
        case .noKeyContainer: "SCARD_E_NO_KEY_CONTAINER"
        case .serverTooBusy: "SCARD_E_SERVER_TOO_BUSY"
        case .unsupportedCard: "SCARD_W_UNSUPPORTED_CARD"
        case .unresponsiveCard: "SCARD_W_UNRESPONSIVE_CARD"
        case .unpoweredCard: "SCARD_W_UNPOWERED_CARD"
        case .resetCard: "SCARD_W_RESET_CARD"
        case .removedCard: "SCARD_W_REMOVED_CARD"
        case .securityViolation: "SCARD_W_SECURITY_VIOLATION"
        case .wrongChv: "SCARD_W_WRONG_CHV"
        case .chvBlocked: "SCARD_W_CHV_BLOCKED"
        case .eof: "SCARD_W_EOF"
        case .cancelledByUser: "SCARD_W_CANCELLED_BY_USER"
        case .cardNotAuthenticated: "SCARD_W_CARD_NOT_AUTHENTICATED"
        case let .other(value): "0x" + String(value, radix: 16, uppercase: true)
        }
    }

    public var description: String { name }
}
