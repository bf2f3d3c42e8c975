@testable import FlowEngine
import FlowDiagnostics
import FlowDomain
import FlowModel
import Testing

@Suite("FieldParser")
struct FieldParserTests {
    private let parser = FieldParser(today: CivilDate(year: 2026, month: 11, day: 25)!)

    private func field(_ type: FieldType, validators: [Validator] = [], options: [String] = []) -> Field {
        Field(
            id: Located(synthesized: "f"), label: Located(synthesized: LocalizedText(zh: "字段", en: "Field")),
            type: Located(synthesized: type), validators: validators.map { Located(synthesized: $0) },
            options: options.map { EnumOption(value: Located(synthesized: $0), label: Located(synthesized: LocalizedText(zh: $0, en: $0))) })
    }

    private func value(_ text: String, _ field: Field) -> OrderValue? {
        try? parser.parse(text, for: field).get().value
    }

    @Test("typed values: yes/no in both languages, integers, yuan, dates, enum options")
    func typedValues() {
        #expect(value("是", field(.bool)) == .bool(true))
        #expect(value("no", field(.bool)) == .bool(false))
        #expect(value("maybe", field(.bool)) == nil)
        #expect(value("42", field(.int)) == .int(42))
        #expect(value("300.50", field(.money)) == .money(Money(fen: 30_050)))
        #expect(value("2026-02-30", field(.date)) == nil)
        #expect(value("2", field(.enum, options: ["1", "2"])) == .int(2))
        #expect(value("b", field(.enum, options: ["a", "b"])) == .string("b"))
        #expect(value("c", field(.enum, options: ["a", "b"])) == nil)
    }

    @Test("an options-from field picks an entry of a list output: whole, by its first word or by position")
    func optionsFromAListOutput() {
        let listed = FieldParser(
            today: CivilDate(year: 2026, month: 11, day: 25)!,
            outputs: ["orders": .list([.string("A-1 new certificate"), .int(3), .string("B-2 renewal")]), "single": .string("A-1")])
        func picked(_ text: String, from source: String) -> OrderValue? {
            let field = Field(
                id: Located(synthesized: "f"), label: Located(synthesized: LocalizedText(zh: "字段", en: "Field")),
                type: Located(synthesized: .enum), optionsFrom: Located(synthesized: source))
            return try? listed.parse(text, for: field).get().value
        }
        #expect(picked("B-2 renewal", from: "orders") == .string("B-2 renewal"))
        #expect(picked("A-1", from: "orders") == .string("A-1 new certificate"))
        #expect(picked("2", from: "orders") == .string("B-2 renewal"))
        #expect(picked("3", from: "orders") == nil)
        #expect(picked("A-1", from: "single") == nil)
        #expect(picked("A-1", from: "missing") == nil)
    }

    @Test("identifiers are normalised, checked, and warnings kept")
    func identifiers() throws {
        #expect(value("138 1234 5678", field(.phone)) == .string("13812345678"))
        #expect(value("91110000600037341l", field(.uscc)) == .string("91110000600037341L"))
        let rejected = parser.parse("110101199003070012", for: field(.residentID))
        guard case let .failure(error) = rejected else { Issue.record("accepted a wrong check digit"); return }
        #expect(!error.message.zh.isEmpty && !error.message.en.isEmpty)
        #expect(!error.message.en.contains("110101199003070012"))
        let warned = try parser.parse("15412345678", for: field(.phone)).get()
        #expect(!warned.warnings.isEmpty)
    }

    @Test("validators: length, pattern, range, accepted")
    func validators() {
        #expect(value("a", field(.text, validators: [.length(min: 2, max: nil)])) == nil)
        #expect(value("ab", field(.text, validators: [.length(min: 2, max: 3)])) == .string("ab"))
        #expect(value("AB12", field(.text, validators: [.pattern("[A-Z]+[0-9]+")])) == .string("AB12"))
        #expect(value("12AB", field(.text, validators: [.pattern("[A-Z]+[0-9]+")])) == nil)
        #expect(value("5", field(.int, validators: [.range(min: "1", max: "3")])) == nil)
        #expect(value("100.00", field(.money, validators: [.range(min: "0", max: "200")])) == .money(Money(fen: 10_000)))
        #expect(value("false", field(.bool, validators: [.accepted])) == nil)
    }
}
