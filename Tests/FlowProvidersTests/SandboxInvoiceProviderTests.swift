import FlowEngine
import FlowProviders
import Foundation
import Testing

struct SandboxInvoiceProviderTests {
    private let content = InvoiceContent(
        number: "INV-CF-1-01", order: "CF-1", title: "北京示例科技有限公司", taxNumber: "91110000600037341L",
        amountFen: 35_000, issuedAt: 1_795_568_400_000, replaces: nil)

    /// A reader finds each object through the cross-reference table: every entry is ten digits
    /// and points at the start of its object.
    @Test func crossReferenceOffsetsPointAtTheirObjects() async throws {
        let pdf = try await SandboxInvoiceProvider(directory: nil).issue(content)
        let text = String(decoding: pdf, as: Unicode.ASCII.self)
        let table = try #require(text.range(of: "xref\n"))
        let entries = text[table.upperBound...].split(separator: "\n").dropFirst(2).prefix { $0.hasSuffix(" n ") }
        #expect(entries.count == 7)
        for (index, entry) in entries.enumerated() {
            let digits = try #require(entry.split(separator: " ").first)
            #expect(digits.count == 10)
            let offset = try #require(Int(digits))
            #expect(pdf[offset...].starts(with: Array("\(index + 1) 0 obj\n".utf8)))
        }
    }

    /// The text is written as UCS-2 hex: 电子发票 is U+7535 U+5B50 U+53D1 U+7968.
    @Test func textIsUCS2Hex() async throws {
        let pdf = try await SandboxInvoiceProvider(directory: nil).issue(content)
        #expect(String(decoding: pdf, as: Unicode.ASCII.self).contains("<75355B5053D17968"))
    }
}
