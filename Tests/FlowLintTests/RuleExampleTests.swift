import FlowDiagnostics
import FlowDomain
import FlowLint
import Foundation
import Testing

/// Every rule's examples, run as tests: passing examples give no diagnostic of the rule, failing
/// ones give exactly one at each `↓`.
@Suite struct RuleExampleTests {
    static let cases: [(rule: String, index: Int)] = LintRules.all.flatMap { rule in
        rule.examples.indices.map { (rule.id, $0) }
    }

    @Test(arguments: cases.map { "\($0.rule)#\($0.index)" })
    func example(_ name: String) throws {
        let parts = name.split(separator: "#")
        let rule = try #require(LintRules.rule(String(parts[0])))
        let example = rule.examples[try #require(Int(parts[1]))]
        var sources: [SourceFile] = []
        var expected: [(String, FlowDiagnostics.SourceLocation)] = []
        for file in example.files {
            let markers = ExampleMarkers(file.text)
            sources.append(SourceFile(path: file.path, text: markers.text + "\n"))
            expected += markers.expected.map { (file.path, $0) }
        }
        let options = LintOptions(today: example.today ?? .todayInShanghai())
        let found = Linter(rules: [rule], options: options).lint(sources).filter { $0.id == rule.id }
        let foundPlaces = found.map { "\($0.path):\($0.location)" }.sorted()
        let expectedPlaces = expected.map { "\($0.0):\($0.1)" }.sorted()
        switch example.expectation {
        case .passes:
            #expect(found.isEmpty, "\(name) should pass but reports: \(found.map { "\($0.path):\($0.location): \($0.message.en)" })")
            #expect(expected.isEmpty, "\(name) passes but marks positions")
        case .fails:
            #expect(!expected.isEmpty, "\(name) fails but marks no position")
            #expect(foundPlaces == expectedPlaces, "\(name): \(found.map { "\($0.path):\($0.location): \($0.message.en)" })")
        }
    }

    @Test func everyRuleHasAPassingAndAFailingExample() {
        for rule in LintRules.all {
            #expect(rule.examples.contains { $0.expectation == .passes }, "\(rule.id) has no passing example")
            #expect(rule.examples.contains { $0.expectation == .fails }, "\(rule.id) has no failing example")
        }
    }

    @Test func idsAreUniqueSortedAndKebabCase() {
        let ids = LintRules.all.map(\.id)
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(id) is not kebab-case")
        }
    }

    @Test func everyRuleFileIsRegistered() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/FlowLint/Rules").standardizedFileURL
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix("Rule.swift") }
        let registered = Set(LintRules.all.map { String(describing: type(of: $0)) + ".swift" })
        #expect(Set(files) == registered)
        #expect(LintRules.all.count >= 25)
    }
}
