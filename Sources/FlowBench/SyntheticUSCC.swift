/// Valid Unified Social Credit Codes made up for tests and benchmarks, so that many orders can
/// each hold a subject of their own: `91` (an enterprise), the Beijing division `110000`, an eight-digit
/// organisation body from a serial number, its GB 11714 check character and the GB 32100 one
/// (the algorithm of `Sources/FlowDomain/USCC.swift`).
public enum SyntheticUSCC {
    private static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    private static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    private static let organisationWeights = [3, 7, 9, 10, 5, 8, 4, 2]

    /// The code numbered `serial` (0 … 9,999,999); different serials give different codes.
    public static func make(_ serial: Int) -> String {
        let body = String(70_000_000 + serial)
        let organisationSum = zip(body, organisationWeights).reduce(0) { $0 + ($1.0.wholeNumberValue ?? 0) * $1.1 }
        let organisationCheck: String = switch 11 - organisationSum % 11 {
        case 10: "X"
        case 11: "0"
        case let digit: String(digit)
        }
        let first17 = "91110000" + body + organisationCheck
        let sum = zip(first17, weights).reduce(0) { total, pair in
            total + (alphabet.firstIndex(of: pair.0) ?? 0) * pair.1
        }
        return first17 + String(alphabet[(31 - sum % 31) % 31])
    }
}
