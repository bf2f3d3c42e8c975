import FlowDomain
import Testing

/// Every row of the shared test vectors through the matching validator.
@Suite("samples.tsv")
struct SamplesTests {
    /// The normalised form of every `normalise?` row, so the input layer is pinned exactly.
    static let normalisedForms: [String: String] = [
        "91330100716105852f": "91330100716105852F",
        "9144 0300 7084 6113 6T": "91440300708461136T",
        "32010219880808004x": "32010219880808004X",
        "110101 19900307 0011": "110101199003070011",
        "+86 138 1234 5678": "13812345678",
        "138-1234-5678": "13812345678",
        "8613812345678": "13812345678",
        "6217 0012 3456 7893": "6217001234567893",
        "6225-8800-0011-1121": "6225880000111121",
        "ｚｈａｏ@example.com": "zhao@example.com",
    ]

    @Test func fixtureHasEveryRow() throws {
        let rows = try SampleTable.load()
        #expect(rows.count == 109)
        #expect(Set(rows.map(\.kind)) == Set(IdentifierKind.allCases.map(\.code)))
        let normaliseRows = rows.filter { $0.code == "normalise?" }.map(\.value)
        #expect(Set(normaliseRows) == Set(Self.normalisedForms.keys))
    }

    @Test(arguments: SampleTable.rows)
    func row(_ row: SampleRow) throws {
        let kind = try #require(IdentifierKind(rawValue: row.kind))
        let today = try fixedToday()
        let strict = kind.validateStrictly(row.value, today: today)
        let checked = kind.check(row.value, today: today)

        if row.code == "normalise?" {
            #expect(row.valid == "false")
            #expect(strict.verdict == .reject, "strict validator must refuse the raw input")
            #expect(checked.isAccepted, "normalise-then-validate must accept")
            #expect(checked.inputWasNormalized)
            #expect(checked.normalizedValue == Self.normalisedForms[row.value])
        } else {
            let expectedVerdict = try #require(IdentifierCheck.Verdict(sampleValid: row.valid))
            var expectedReasons: [IdentifierReason] = []
            if row.code != "ok" {
                expectedReasons = [try #require(IdentifierReason(rawValue: row.code), "unknown code")]
            }
            #expect(strict.verdict == expectedVerdict)
            #expect(strict.reasons == expectedReasons)
            #expect(checked.verdict == expectedVerdict)
            #expect(checked.reasons == expectedReasons)
            #expect(!checked.inputWasNormalized)
            #expect(checked.normalizedValue == row.value)
        }

        for message in strict.messages + checked.messages {
            #expect(!message.zh.contains(row.value) && !message.en.contains(row.value))
        }
        if kind.isPersonalData {
            #expect(!"\(checked)".contains(checked.normalizedValue))
            #expect(!String(reflecting: checked).contains(checked.normalizedValue))
        }
    }

    @Test(arguments: SampleTable.rows.filter { $0.kind == "resident_id" && $0.note.contains("converts to") })
    func legacyConversion(_ row: SampleRow) throws {
        let expected = try #require(row.note.split(separator: " ").last.map(String.init))
        let upgraded = try #require(ResidentID(upgradingLegacy15: row.value, today: fixedToday()))
        #expect(upgraded.unmaskedValue == expected)
    }

    @Test(arguments: SampleTable.rows.filter {
        $0.kind == "resident_id" && $0.value.unicodeScalars.count == 18
            && ($0.note.contains("male") || $0.note.contains("female"))
    })
    func sexDigitMatchesNote(_ row: SampleRow) throws {
        let digit = try #require(Array(row.value)[16].wholeNumberValue)
        let words = row.note.split { !$0.isLetter }.map(String.init)
        #expect(words.contains(digit % 2 == 1 ? "male" : "female"))
    }
}

extension IdentifierCheck.Verdict {
    /// The `valid` column: `true`, `false` or `warn`.
    init?(sampleValid: String) {
        switch sampleValid {
        case "true": self = .accept
        case "warn": self = .warn
        case "false": self = .reject
        default: return nil
        }
    }
}
