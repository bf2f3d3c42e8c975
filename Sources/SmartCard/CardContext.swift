import CPCSCLite

/// A connection to the PC/SC resource manager (pcscd). Short-lived by design: open one for an
/// operation and let it go, so a restarted pcscd or a replugged reader is simply seen next time.
public final class CardContext {
    let handle: SCARDCONTEXT

    /// Connects to pcscd; `SCARD_E_NO_SERVICE` when it is not running.
    public init() throws(SmartCardError) {
        var context: SCARDCONTEXT = 0
        try SmartCardError.check(
            SCardEstablishContext(DWORD(SCARD_SCOPE_SYSTEM), nil, nil, &context), "SCardEstablishContext")
        handle = context
    }

    deinit {
        SCardReleaseContext(handle)
    }

    /// The readers pcscd knows, in its order; empty when there are none.
    public func readers() throws(SmartCardError) -> [String] {
        // SCARD_AUTOALLOCATE is `(DWORD)(-1)`, which Swift does not import: ask the size first.
        var length: DWORD = 0
        let sized = SCardListReaders(handle, nil, nil, &length)
        if sized == SCARD_E_NO_READERS_AVAILABLE { return [] }
        try SmartCardError.check(sized, "SCardListReaders")
        var buffer = [CChar](repeating: 0, count: Int(length))
        let listed = SCardListReaders(handle, nil, &buffer, &length)
        if listed == SCARD_E_NO_READERS_AVAILABLE { return [] }
        try SmartCardError.check(listed, "SCardListReaders")
        // A multi-string: "a\0b\0\0".
        return buffer.prefix(Int(length)).split(separator: 0).map {
            String(decoding: $0.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    /// What `reader` holds now.
    public func state(of reader: String) throws(SmartCardError) -> ReaderState {
        try waitForChange(of: reader, from: nil, timeoutMilliseconds: 0)
    }

    /// Waits until `reader`'s state differs from `known` (nil: reports the state at once), or
    /// `timeoutMilliseconds` pass (`SCARD_E_TIMEOUT`).
    public func waitForChange(
        of reader: String, from known: ReaderState?, timeoutMilliseconds: UInt32
    ) throws(SmartCardError) -> ReaderState {
        let result = reader.withCString { name -> Result<ReaderState, SmartCardError> in
            var state = SCARD_READERSTATE()
            state.szReader = name
            state.dwCurrentState = known?.rawEventState ?? DWORD(SCARD_STATE_UNAWARE)
            let rv = SCardGetStatusChange(handle, DWORD(timeoutMilliseconds), &state, 1)
            if rv != SCARD_S_SUCCESS { return .failure(SmartCardError(function: "SCardGetStatusChange", code: PCSCCode(rv))) }
            let atr = withUnsafeBytes(of: state.rgbAtr) { Array($0.prefix(Int(state.cbAtr))) }
            return .success(ReaderState(rawEventState: state.dwEventState, atr: atr))
        }
        return try result.get()
    }

    /// Opens the card in `reader` (shared, T=0 or T=1).
    public func connect(to reader: String) throws(SmartCardError) -> CardConnection {
        var card: SCARDHANDLE = 0
        var activeProtocol: DWORD = 0
        try SmartCardError.check(
            SCardConnect(handle, reader, DWORD(SCARD_SHARE_SHARED), DWORD(SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1),
                         &card, &activeProtocol),
            "SCardConnect")
        return CardConnection(context: self, handle: card, activeProtocol: activeProtocol)
    }
}
