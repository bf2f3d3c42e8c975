import FlowDomain
import Testing

struct MaskingTests {
    @Test func conventionsFromTheReference() {
        #expect(Masking.residentID("110101199003070011") == "110***********0011")
        #expect(Masking.mobile("13812345678") == "138****5678")
        #expect(Masking.bankCardLastFour("6222020000000000000") == "**** 0000")
        #expect(Masking.bankCardFirstSixLastFour("6222020000000000000") == "622202*********0000")
        #expect(Masking.personName("张三") == "张*")
        #expect(Masking.personName("欧阳娜娜") == "欧***")
        #expect(Masking.email("zhang.san@example.com") == "z***@example.com")
    }

    @Test("a recipient masks as the e-mail address or the mobile number it is")
    func recipients() {
        #expect(Masking.recipient("lisi@example.com") == "l***@example.com")
        #expect(Masking.recipient("13912345678") == "139****5678")
        #expect(Masking.recipient("a@b@c") == "***")
        #expect(Masking.recipient("1391") == "****")
    }

    @Test(arguments: ["", "1", "1234567", "13812"])
    func shortValuesAreFullyHidden(value: String) {
        #expect(Masking.mobile(value) == String(repeating: "*", count: value.count))
        #expect(Masking.residentID(value) == String(repeating: "*", count: value.count))
        #expect(Masking.bankCardLastFour(value) == "****")
    }

    @Test("an address keeps its first character and its domain, whatever bytes they take")
    func emailsOfEveryKind() {
        #expect(Masking.email("a@b") == "a***@b")
        #expect(Masking.email("a@") == "a***@")
        #expect(Masking.email("张三@例子.中国") == "张***@例子.中国")
        #expect(Masking.email("e\u{301}x@example.com") == "e\u{301}***@example.com")
        #expect(Masking.email("zhang@例子.cn") == "z***@例子.cn")
        #expect(Masking.email("z@b@例子") == "***")
    }

    @Test(arguments: ["zhang", "@example.com", "a@b@c", "@", "@@"])
    func malformedEmailsAreFullyHidden(value: String) {
        #expect(Masking.email(value) == "***")
    }

    @Test("characters are kept and starred as characters, whatever bytes they take")
    func charactersNotBytes() {
        #expect(Masking.mobile("１３８１２３４５６７８") == "１３８****５６７８")
        #expect(Masking.mobile("138 1234 5678") == "138******5678")
        #expect(Masking.mobile("13812\r\n345678") == "138*****5678")
        #expect(Masking.mobile("1381234567\u{301}8") == "138****567\u{301}8")
        #expect(Masking.mobile("138\u{7F}1234567") == "138****4567")
    }

    /// Masks of printable ASCII are cut on bytes; these are the character rules they must match.
    @Test("on printable ASCII the masks keep and star exactly the characters the rules name")
    func printableASCIIFollowsTheCharacterRules() {
        func keeping(_ value: String, _ first: Int, _ last: Int) -> String {
            let characters = Array(value)
            guard characters.count > first + last else { return String(repeating: "*", count: characters.count) }
            return String(characters.prefix(first)) + String(repeating: "*", count: characters.count - first - last)
                + String(characters.suffix(last))
        }
        func email(_ value: String) -> String {
            let parts = value.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, let first = parts[0].first else { return "***" }
            return "\(first)***@\(parts[1])"
        }
        for length in 0...24 {
            for seed in 0..<40 {
                // Every printable ASCII character turns up, "@" among them, at varying places.
                let value = String((0..<length).map { Character(Unicode.Scalar(UInt8(32 + ($0 * 7 + seed * 13 + length) % 95))) })
                #expect(Masking.mobile(value) == keeping(value, 3, 4))
                #expect(Masking.residentID(value) == keeping(value, 3, 4))
                #expect(Masking.bankCardFirstSixLastFour(value) == keeping(value, 6, 4))
                #expect(Masking.email(value) == email(value))
            }
        }
    }

    @Test func maskKeepsTheLengthOfIDNumbers() {
        #expect(Masking.residentID("110101199003070011").count == 18)
        #expect(Masking.residentID("110101900307001") == "110********7001")
    }

    @Test(arguments: IdentifierKind.allCases)
    func kindMaskMatchesConvention(kind: IdentifierKind) {
        let value = "110101199003070011"
        let masked = kind.mask(value)
        if kind == .uscc {
            #expect(masked == value)
        } else {
            #expect(masked != value)
        }
    }
}
