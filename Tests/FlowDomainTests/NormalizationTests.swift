import FlowDomain
import Testing

struct NormalizationTests {
    @Test(arguments: [
        (IdentifierKind.uscc, " 9144-0300-7084-6113-6t\u{3000}", "91440300708461136T"),
        (.residentID, "３２０１０２１９８８０８０８００４ｘ", "32010219880808004X"),
        (.residentID, "\t110101 19900307 0011\n", "110101199003070011"),
        (.mobile, "＋８６ １３８－１２３４－５６７８", "13812345678"),
        (.mobile, "(010) 1234-5678", "01012345678"),
        (.bankCard, " 6217 0012 3456 7893 ", "6217001234567893"),
        (.bankCard, "6217 0012 3456 789x", "621700123456789x"),  // no case folding for cards
        (.email, " Agent.Zhao＠Example.COM ", "Agent.Zhao@Example.COM"),
        (.email, "zhang san@example.com", "zhang san@example.com"),  // inner spaces kept
    ])
    func normalize(kind: IdentifierKind, raw: String, expected: String) {
        #expect(kind.normalize(raw) == expected)
    }

    @Test(arguments: IdentifierKind.allCases)
    func whitespaceOnlyBecomesEmpty(kind: IdentifierKind) {
        #expect(kind.normalize(" \u{3000}\t") == "")
    }

    @Test func countryCodeOnlyDroppedBeforeExactlyElevenDigits() {
        #expect(IdentifierKind.mobile.normalize("+8613812345678") == "13812345678")
        #expect(IdentifierKind.mobile.normalize("+861381234567") == "+861381234567")
        #expect(IdentifierKind.mobile.normalize("861381234567890") == "861381234567890")
    }

    @Test func checkReportsWhetherNormalisationChangedTheInput() {
        #expect(IdentifierKind.mobile.check("13812345678").inputWasNormalized == false)
        #expect(IdentifierKind.mobile.check(" 13812345678").inputWasNormalized)
        // NFKC composes e + U+0301 into é: Swift `==` calls them equal, the scalars differ.
        #expect(IdentifierKind.email.check("e\u{301}@example.com").inputWasNormalized)
    }

    @Test func strictValidationDoesNotNormalise() {
        let check = IdentifierKind.mobile.validateStrictly(" 13812345678")
        #expect(check.normalizedValue == " 13812345678")
        #expect(check.rejection == .charset)
    }
}

extension NormalizationTests {
    /// ASCII input skips the NFKC mapping and, without whitespace at either end, the trimming:
    /// every ASCII character at both ends is trimmed exactly when Unicode calls it whitespace.
    @Test func asciiIsTrimmedByUnicodeWhitespace() {
        for value in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(value)
            let raw = "\(scalar)a@b.cn\(scalar)"
            #expect(IdentifierKind.email.normalize(raw) == (scalar.properties.isWhitespace ? "a@b.cn" : raw), "byte \(value)")
        }
    }
}
