import CPCSCLite

/// A reader's state as `SCardGetStatusChange` reports it.
public struct ReaderState: Sendable, Hashable {
    /// `dwEventState`, kept whole so the next wait starts from exactly this state.
    let rawEventState: DWORD
    /// The card's answer to reset; empty without a card.
    public let atr: [UInt8]

    /// A card is in the reader.
    public var cardPresent: Bool { rawEventState & DWORD(SCARD_STATE_PRESENT) != 0 }
    /// The reader reports no card. Not the same as `!cardPresent`: a card lost in the middle of a
    /// command is neither present nor, until the driver gives up on it, empty.
    public var empty: Bool { rawEventState & DWORD(SCARD_STATE_EMPTY) != 0 }
    /// Another application holds the card exclusively.
    public var exclusive: Bool { rawEventState & DWORD(SCARD_STATE_EXCLUSIVE) != 0 }
    /// The card does not answer (no ATR).
    public var mute: Bool { rawEventState & DWORD(SCARD_STATE_MUTE) != 0 }
}
