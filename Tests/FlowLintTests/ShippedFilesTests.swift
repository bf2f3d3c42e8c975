import FlowDiagnostics
import FlowDomain
import FlowLint
import Foundation
import Testing

/// The shipped flows and channels lint clean, and deliberately broken copies of them give the right
/// diagnostics at the right positions.
@Suite struct ShippedFilesTests {
    /// The day the shipped calendar is checked on: a fixed day, so the test does not depend on the
    /// day it runs (from late December 2026 the shipped files need 2027's calendar).
    private static let today = CivilDate(year: 2026, month: 11, day: 25) ?? .todayInShanghai()

    @Test func shippedFilesLintClean() throws {
        let diagnostics = Linter(options: LintOptions(today: Self.today)).lint(try Repository.shippedSources())
        #expect(diagnostics.isEmpty, "\(diagnostics.map { "\($0.path):\($0.location): \($0.message.en) [\($0.id)]" })")
    }

    /// From 18 December 2026 a five-working-day review submitted today ends in late December,
    /// which belongs to the missing 2027: lint warns once, at the longest review.
    @Test func shippedCalendarRunsOutBeforeTheEndOf2026() throws {
        let december = try #require(CivilDate(year: 2026, month: 12, day: 18))
        let found = Linter(options: LintOptions(today: december)).lint(try Repository.shippedSources())
        #expect(found.map { "\($0.id) \($0.severity)" } == ["calendar-coverage warning"], "\(found.map(\.message.en))")
        #expect(found.first?.message.en.hasPrefix("a review of 5 working days submitted today (2026-12-18) needs the calendar of 2027") == true)
        #expect(Linter(options: LintOptions(today: december.adding(days: -1))).lint(try Repository.shippedSources()).isEmpty)
    }

    @Test func brokenCalendarIsAPositionedError() throws {
        let broken = try lintBroken("Calendars/2026.yaml", replacing: "2026-05-09", with: "2026-05-11")
        #expect(broken.found == ["\(broken.line):\(broken.column) calendar-data"])
    }

    /// Replaces the first occurrence of `old` in a shipped file, lints the whole shipped set with the
    /// copy, and returns the diagnostics of that file with the position of the replacement.
    private func lintBroken(_ file: String, replacing old: String, with new: String) throws -> (found: [String], line: Int, column: Int) {
        var sources = try Repository.shippedSources()
        let index = try #require(sources.firstIndex { $0.path == file })
        let text = String(decoding: sources[index].bytes, as: UTF8.self)
        let range = try #require(text.range(of: old), "\(old) is not in \(file)")
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = before.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.count + 1 } ?? 1
        sources[index] = SourceFile(path: file, text: text.replacingCharacters(in: range, with: new))
        let found = Linter(options: LintOptions(today: Self.today)).lint(sources).filter { $0.path == file }.map { "\($0.location) \($0.id)" }
        return (found, line, column)
    }

    @Test func misspelledKeyInAStep() throws {
        let broken = try lintBroken("Flows/new_certificate.yaml", replacing: "    notice: {zh: 核验不通过", with: "    notcie: {zh: 核验不通过")
        #expect(broken.found == ["\(broken.line):5 unknown-key"])
    }

    @Test func transitionToAMissingStep() throws {
        let broken = try lintBroken("Flows/new_certificate.yaml", replacing: "next: purchase", with: "next: purchse")
        #expect(broken.found.contains("\(broken.line):\(broken.column + 6) unknown-step"), "\(broken.found)")
    }

    @Test func missingEnglishLabel() throws {
        let broken = try lintBroken("Flows/new_certificate.yaml", replacing: "label: {zh: 企业名称, en: Company name}", with: "label: {zh: 企业名称}")
        #expect(broken.found == ["\(broken.line):\(broken.column + 7) missing-translation"])
    }

    @Test func duplicatedStepID() throws {
        let broken = try lintBroken("Flows/new_certificate.yaml", replacing: "  - id: confirm\n", with: "  - id: purchase\n")
        #expect(broken.found.contains("\(broken.line):9 duplicate-id"), "\(broken.found)")
    }

    @Test func channelNarrowsToAMisspelledOption() throws {
        let broken = try lintBroken("Channels/icbc_bank.yaml", replacing: "[legal_rep_self, agent_bank_card]", with: "[legal_rep_self, agent_bankcard]")
        #expect(broken.found == ["\(broken.line):\(broken.column + 17) overlay-unknown-target"])
    }

    @Test func wrongTypeForABoolean() throws {
        let broken = try lintBroken("Channels/ca_outlet.yaml", replacing: "invoice_optional: true", with: "invoice_optional: 'true'")
        #expect(broken.found == ["\(broken.line):\(broken.column + 18) setting-value"])
    }
}
