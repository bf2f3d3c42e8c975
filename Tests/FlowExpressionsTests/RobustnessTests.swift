import FlowDiagnostics
import FlowDomain
import FlowExpressions
import Testing

/// Token soup from a fixed seed: whatever parses is checked and evaluated, and nothing traps.
struct RobustnessTests {
    private static let pieces = [
        "a", "count", "fee", "method", "channel.price", "remark", "materials", "1", "0.5", "-", "+", "(", ")",
        "[", "]", ",", "==", "!=", "<", ">=", "in", "not", "and", "or", "true", "null", "\"online\"", "'x",
        "today()", "len(", "is_set(", "date(\"2026-01-31\")", "days_until(", "9223372036854775807", "\\", "\n", "中",
    ]

    @Test func randomTextNeverTraps() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            // SplitMix64: deterministic, so a failure reproduces.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        let values: [String: ExpressionValue] = [
            "a": .bool(true), "count": .int(Int64.max), "fee": .money(Money(fen: 100)), "method": .string("online"),
            "channel.price": .money(Money(fen: Int64.max)), "remark": .null, "materials": .list([.string("seal")]),
        ]
        var parsed = 0
        for _ in 0..<3_000 {
            let text = (0..<(1 + next(12))).map { _ in Self.pieces[next(Self.pieces.count)] }.joined(separator: " ")
            guard case let .success(expression) = ExpressionParser.parse(text, origin: location(1, 1)) else { continue }
            parsed += 1
            _ = ExpressionChecker.check(expression, scope: sampleScope, expecting: .bool)
            _ = try? ExpressionEvaluator.evaluate(expression, environment: { values[$0.joined(separator: ".")] },
                                                  today: CivilDate.todayInShanghai())
        }
        #expect(parsed > 100)
    }
}
