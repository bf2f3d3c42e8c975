import FlowExpressions
import Testing

struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("a", "", 1), ("", "abc", 3), ("method", "method", 0), ("metod", "method", 1),
        ("methdo", "method", 1), ("kitten", "sitting", 3), ("ca", "abc", 3), ("发票", "发票抬头", 2),
    ])
    func distance(a: String, b: String, expected: Int) {
        #expect(editDistance(a, b) == expected)
        #expect(editDistance(b, a) == expected)
    }

    @Test(arguments: [
        ("metod", ["method", "count", "fee"], "method"),
        ("invoce_email", ["invoice_email", "invoice_title"], "invoice_email"),
        ("fe", ["fee", "few"], "fee"),
        ("colour", ["color", "column"], "color"),
        ("methods", ["method", "methods"], "method"),
    ] as [(String, [String], String?)])
    func suggests(name: String, candidates: [String], expected: String?) {
        #expect(suggestion(for: name, among: candidates) == expected)
    }

    @Test(arguments: [
        ("zzz", ["method", "count"]),
        ("x", ["method"]),
        ("", ["a"]),
        ("method", ["method"]),
        ("abcdefgh", ["zyxwvuts"]),
        ("a", []),
        (String(repeating: "a", count: 100), [String(repeating: "a", count: 99)]),
    ] as [(String, [String])])
    func staysQuietWhenNothingIsClose(name: String, candidates: [String]) {
        #expect(suggestion(for: name, among: candidates) == nil)
    }

    @Test func tiesGoToTheAlphabeticallyFirst() {
        #expect(suggestion(for: "cat", among: ["hat", "bat", "rat"]) == "bat")
    }

    @Test func allowsOneEditPerThreeCharacters() {
        #expect(suggestion(for: "ab", among: ["xy"]) == nil)
        #expect(suggestion(for: "abcdef", among: ["abxyef"]) == "abxyef")
        #expect(suggestion(for: "abcdef", among: ["xyzdef"]) == nil)
    }
}
