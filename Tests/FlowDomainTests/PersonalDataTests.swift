import FlowDomain
import Testing

/// Every way a value turns into text must show the mask, never the raw value.
struct PersonalDataTests {
    /// One accepted value of every personal-data type, built from synthetic inputs.
    static func samples() throws -> [any PersonalData] {
        let today = try fixedToday()
        var values: [any PersonalData] = []
        for row in SampleTable.rows where row.valid != "false" {
            switch row.kind {
            case "resident_id": values.append(try #require(ResidentID(row.value, today: today)))
            case "mobile": values.append(try #require(MobileNumber(row.value)))
            case "bank_card": values.append(try #require(BankCardNumber(row.value)))
            case "email": values.append(try #require(EmailAddress(row.value)))
            default: break
            }
        }
        values.append(try #require(PersonName("张三")))
        values.append(try #require(PersonName("欧阳娜娜")))
        return values
    }

    /// All renderings a log statement could plausibly use.
    static func renderings(of value: some PersonalData) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        let mirrored = Mirror(reflecting: value).children.map { "\($0.label ?? ""): \($0.value)" }
        return [
            "\(value)",
            String(describing: value),
            String(reflecting: value),
            value.description,
            value.debugDescription,
            "\([value])",
            "\(Optional(value) as Any)",
            dumped,
        ] + mirrored
    }

    @Test func noRenderingContainsTheRawValue() throws {
        let values = try Self.samples()
        #expect(values.count >= 30)
        for value in values {
            for text in Self.renderings(of: value) {
                #expect(!text.contains(value.unmaskedValue), "\(type(of: value)) leaked through \(text)")
                #expect(text.contains(value.masked), "\(type(of: value)) rendering lacks the mask")
            }
        }
    }

    @Test func everyPersonalKindIsCovered() throws {
        let types = Set(try Self.samples().map { String(describing: type(of: $0)) })
        #expect(types == ["ResidentID", "MobileNumber", "BankCardNumber", "EmailAddress", "PersonName"])
    }

    @Test func identifierCheckRendersMaskedToo() throws {
        let check = IdentifierKind.residentID.check("110101199003070011", today: try fixedToday())
        var dumped = ""
        dump(check, to: &dumped)
        for text in ["\(check)", String(reflecting: check), dumped] {
            #expect(!text.contains("110101199003070011"))
            #expect(text.contains("110***********0011"))
        }
        #expect("\(check)" == "resident_id: accept 110***********0011")
    }

    @Test func rawValueIsReachableOnlyByName() throws {
        let number = try #require(MobileNumber("13812345678"))
        #expect(number.unmaskedValue == "13812345678")
    }

    @Test(arguments: ["", "   ", "张\u{0007}三"])
    func personNameRefusesEmptyAndControlCharacters(raw: String) {
        #expect(PersonName(raw) == nil)
    }

    @Test func personNameIsNormalised() throws {
        #expect(try #require(PersonName("  张三\u{3000}")).unmaskedValue == "张三")
    }
}
