import CPCSCLite

/// An open card: APDUs go through `transmit`. The card is reset when the connection closes, so
/// a verified password never outlives the operation that verified it.
public final class CardConnection {
    /// Kept so the context outlives every card opened in it.
    private let context: CardContext
    private let handle: SCARDHANDLE
    private let activeProtocol: DWORD
    private var open = true

    init(context: CardContext, handle: SCARDHANDLE, activeProtocol: DWORD) {
        self.context = context
        self.handle = handle
        self.activeProtocol = activeProtocol
    }

    deinit {
        if open { SCardDisconnect(handle, DWORD(SCARD_RESET_CARD)) }
    }

    /// Sends `command` and returns the card's answer. A card pulled out gives
    /// `SCARD_W_REMOVED_CARD` (or `SCARD_E_NO_SMARTCARD`).
    public func transmit(_ command: CommandAPDU) throws(SmartCardError) -> ResponseAPDU {
        // SCARD_PCI_T0/T1 are macros over globals that Swift does not import: build the PCI.
        var pci = SCARD_IO_REQUEST(dwProtocol: activeProtocol, cbPciLength: DWORD(MemoryLayout<SCARD_IO_REQUEST>.size))
        var received = [UInt8](repeating: 0, count: ResponseAPDU.maximumLength)
        var length = DWORD(received.count)
        let bytes = command.bytes
        try SmartCardError.check(
            SCardTransmit(handle, &pci, bytes, DWORD(bytes.count), nil, &received, &length), "SCardTransmit")
        guard let response = ResponseAPDU(received.prefix(Int(length))) else {
            throw SmartCardError(function: "SCardTransmit", code: .commDataLost)
        }
        return response
    }

    /// Closes the connection and resets the card (logs out any verified password).
    public func disconnect() {
        guard open else { return }
        open = false
        SCardDisconnect(handle, DWORD(SCARD_RESET_CARD))
    }
}
