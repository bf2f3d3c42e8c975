import FlowDomain

/// Valid Unified Social Credit Codes made up for tests and benchmarks, so that many orders can
/// each hold a subject of their own: `91` (an enterprise), the Beijing division `110000` and an
/// eight-digit organisation body from a serial number, completed with its check characters.
public enum SyntheticUSCC {
    /// The code numbered `serial` (0 … 9,999,999); different serials give different codes.
    public static func make(_ serial: Int) -> String {
        // Digits only: always within the alphabet, so completing never fails.
        USCC.completing("91110000" + String(70_000_000 + serial))?.value ?? ""
    }
}
