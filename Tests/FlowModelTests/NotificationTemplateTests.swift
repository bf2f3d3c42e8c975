import FlowDiagnostics
import FlowModel
import Foundation
import Testing

/// The shipped `Templates/` and the reading, checking and rendering of template files.
@Suite struct NotificationTemplateTests {
    private func shipped() throws -> Project {
        let names = try FileManager.default.contentsOfDirectory(atPath: Repository.root.appendingPathComponent("Templates").path)
        return Project.read(try names.sorted().filter { $0.hasSuffix(".yaml") }.map { try Repository.source("Templates/\($0)") })
    }

    /// Template files given as (path, text), their issues as `path:line:col kind: message`.
    private func issues(_ files: [(String, String)]) -> [String] {
        let project = Project.read(files.map { SourceFile(path: $0.0, text: $0.1) })
        let schema = project.schemaIssues.map { "\($0.path):\($0.range.start) \($0.kind.rawValue): \($0.message.en)" }
        let data = TemplateChecks.issues(project.templates).map { "\($0.path):\($0.range.start) \($0.kind.rawValue): \($0.message.en)" }
        return schema + data
    }

    @Test("every event has exactly one shipped template, and the templates are clean")
    func shippedTemplates() throws {
        let project = try shipped()
        #expect(project.yamlErrors.isEmpty)
        #expect(project.schemaIssues.isEmpty)
        #expect(TemplateChecks.issues(project.templates).isEmpty)
        let events = project.templates.compactMap { $0.model?.event.value }
        #expect(events.sorted() == NotificationEvent.allCases.map(\.rawValue).sorted())
    }

    @Test("a template renders Chinese then English, the SMS on two lines and the subject joined with a slash")
    func renders() throws {
        let project = try shipped()
        let approved = try #require(project.templates.compactMap(\.model).first { $0.event.value == "approved" })
        let values: [String: LocalizedText] = [
            "order": .same("CF20261126-7K3M9Q"), "company": .same("北京示例科技有限公司"),
            "flow": LocalizedText(zh: "单位证书新办", en: "New organisation certificate"), "mobile": .same("139****5678"),
        ]
        let sms = try #require(try approved.render(.sms, values))
        #expect(sms.subject == nil)
        #expect(sms.body == "【ChannelFlow】您的单位证书新办申请（订单 CF20261126-7K3M9Q）已审核通过。\nYour New organisation certificate application (order CF20261126-7K3M9Q) has been approved.")
        let email = try #require(try approved.render(.email, values))
        #expect(email.subject == "【ChannelFlow】订单 CF20261126-7K3M9Q 审核通过 / Order CF20261126-7K3M9Q approved")
        #expect(email.body.hasPrefix("您好：\n\n北京示例科技有限公司 的单位证书新办申请"))
        #expect(email.body.contains("ChannelFlow\n\nHello,\n\nThe New organisation certificate application of 北京示例科技有限公司"))
        #expect(throws: TemplateText.Problem.missingValue("company")) { try approved.render(.email, ["order": .same("X")]) }
    }

    @Test("placeholders are found with their offsets; a { that opens none is refused")
    func placeholders() throws {
        #expect(try TemplateText.placeholders(in: "订单 {order}：{amount}").map { "\($0.name)@\($0.offset)" } == ["order@3", "amount@11"])
        #expect(throws: TemplateText.Problem.unclosed(offset: 2)) { try TemplateText.placeholders(in: "a {Order}") }
        #expect(throws: TemplateText.Problem.unclosed(offset: 0)) { try TemplateText.placeholders(in: "{order") }
        #expect(try TemplateText.fill("{a}-{b}{a}", ["a": "1", "b": "二"]) == "1-二1")
    }

    @Test("an unknown event, a missing language, an unknown placeholder and a second file for one event are reported where they are")
    func problems() {
        let body = "  body: {zh: 正文, en: Body}\n"
        #expect(issues([
            ("Templates/a.yaml", "template: approve\nsms: {zh: 短信, en: SMS}\nemail:\n  subject: {zh: 主题, en: Subject}\n" + body),
            ("Templates/b.yaml", "template: approved\nsms: {zh: 短信}\nemail:\n  subject: {zh: \"{order} 与 {amount}\", en: Subject}\n" + body),
            ("Templates/c.yaml", "template: approved\nsms: {zh: 短信, en: SMS}\nemail:\n  subject: {zh: 主题, en: Subject}\n" + body),
        ]) == [
            #"Templates/a.yaml:1:11 invalid-value: invalid value "approve"; expected one of "approved", "certificate_changed", "certificate_issued", "certificate_password_sent", "certificate_renewed", "certificate_revoked", "invoice_issued", "invoice_reissued", "payment_received", "rejected", "revocation_rejected", "seal_add_done", "seal_change_done", "shipped", "submitted", "unlock_done"; did you mean "approved"?"#,
            #"Templates/b.yaml:2:6 missing-translation: missing the English ("en") text"#,
            #"Templates/b.yaml:4:28 template-placeholder: unknown placeholder {amount} in email.subject.zh for event "approved"; expected one of {company}, {flow}, {mobile}, {order}"#,
            #"Templates/c.yaml:1:11 template-placeholder: a second template for event "approved" (the first is Templates/b.yaml:1:11)"#,
        ])
    }
}
