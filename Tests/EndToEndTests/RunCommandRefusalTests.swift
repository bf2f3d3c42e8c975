import Foundation
import Testing

/// `channelflow run` and `resume` on wrong answers: what is refused, with which message in each
/// language, what stays saved, and how the order goes on once the answers are right.
@Suite("channelflow run: wrong answers and refusals")
struct RunCommandRefusalTests {
    private static let sampleUSCC = "91110000600037341L"

    /// The new-certificate sample with its material paths made absolute.
    private func sample() throws -> ShippedAnswers {
        try ShippedAnswers("ca_outlet", "new_certificate")
    }

    @Test("several wrong fields of a step are reported at once in both languages; the earlier steps stay saved")
    func everyWrongFieldAtOnce() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let wrong = try sample()
            .replacing("uscc: 91110000600037341L", with: "uscc: 91110000600037341A")
            .replacing("legal_rep_id: \"110101199003070011\"", with: "legal_rep_id: \"110101199003070010\"")
            .replacing("legal_rep_mobile: \"13812345678\"", with: "legal_rep_mobile: \"12345678901\"")
        let wrongFile = try workspace.write(wrong.text, to: "wrong.yaml")

        let english = try await workspace.run("ca_outlet", "new_certificate", answers: wrongFile, json: false)
        #expect(english.exitStatus == 1)
        let order = try OrderWorkspace.orderNumber(english)
        #expect(english.stderrText == """
            error: step enterprise: 3 answer(s) to correct
                ✗ Unified social credit code (uscc): The check character of the unified social credit code is wrong; please check the code.
                ✗ Legal representative's ID number (legal_rep_id): The check character of the resident ID number is wrong; please check the number.
                ✗ Legal representative's real-name mobile (legal_rep_mobile): The mobile number must start with 1 followed by a digit from 3 to 9.

            """)

        let chinese = try await workspace.resume(order, answers: wrongFile, json: false, language: "zh")
        #expect(chinese.exitStatus == 1)
        #expect(chinese.stderrText == """
            错误：步骤 enterprise：有 3 项需要更正
                ✗ 统一社会信用代码（uscc）：统一社会信用代码校验位不正确，请核对
                ✗ 法定代表人证件号（legal_rep_id）：居民身份证号码校验位不正确，请核对
                ✗ 法定代表人实名手机号（legal_rep_mobile）：手机号码应以1开头，第二位为3至9

            """)

        let json = try RunSummary(try await workspace.resume(order, answers: wrongFile))
        #expect(json.stop == "refused")
        #expect(json.error?.step == "enterprise")
        #expect(json.error?.fields?.map(\.field) == ["uscc", "legal_rep_id", "legal_rep_mobile"])
        #expect(json.error?.fields?.first?.message.zh == "统一社会信用代码校验位不正确，请核对")

        let saved = try await workspace.show(order)
        #expect(saved.status == "active")
        #expect(saved.step == "enterprise")
        #expect(saved.path == ["choose_verification"])
        #expect(saved.answers.map(\.field) == ["legal_rep_participates", "enterprise_method", "accept_user_agreement"])

        let fixed = try await workspace.resume(order, answers: try workspace.write(try sample().text, to: "fixed.yaml"))
        #expect(fixed.exitStatus == 0, "\(fixed.stderrText)")
        let summary = try RunSummary(fixed)
        #expect(summary.stop == "waiting")
        #expect(summary.step == "review")
        #expect(summary.steps.first?.step == "enterprise")
    }

    @Test("a wrong SMS code is refused with the tries left; the right one goes on")
    func wrongSMSCode() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let wrong = try workspace.write(try sample().replacing("signature_code: {sandbox: sms}", with: "signature_code: \"000000\"").text, to: "wrong.yaml")

        let first = try await workspace.run("ca_outlet", "new_certificate", answers: wrong)
        #expect(first.exitStatus == 1)
        let summary = try RunSummary(first)
        #expect(summary.stop == "refused")
        #expect(summary.error?.step == "signature")
        #expect(summary.error?.message == RunSummary.Message(zh: "验证码错误，还可尝试 4 次", en: "wrong code; 4 tries left"))

        let second = try await workspace.resume(summary.order, answers: wrong, json: false, language: "zh")
        #expect(second.exitStatus == 1)
        #expect(second.stderrText == "错误：验证码错误，还可尝试 3 次\n")
        #expect(try await workspace.show(summary.order).step == "signature")

        let right = try await workspace.resume(summary.order, answers: try workspace.write(try sample().text, to: "right.yaml"))
        #expect(right.exitStatus == 0, "\(right.stderrText)")
        #expect(try RunSummary(right).step == "review")
    }

    @Test("a second new certificate for the same subject is refused with the open order's number; cancelling it frees the subject")
    func subjectGuard() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let answers = try workspace.write(try sample().text, to: "answers.yaml")
        let first = try RunSummary(try await workspace.run("ca_outlet", "new_certificate", answers: answers))
        #expect(first.stop == "waiting")

        let refused = try await workspace.run("ca_outlet", "new_certificate", answers: answers)
        #expect(refused.exitStatus == 1)
        let second = try RunSummary(refused)
        #expect(second.stop == "refused")
        #expect(second.error?.existingOrder == first.order)
        #expect(second.error?.message == RunSummary.Message(
            zh: "该主体（\(Self.sampleUSCC)）存在未完成订单 \(first.order)，请先完成或取消该订单（channelflow cancel \(first.order)）",
            en: "order \(first.order) is still open for this subject (\(Self.sampleUSCC)); finish or cancel it first (channelflow cancel \(first.order))"))
        let waiting = try await workspace.show(second.order)
        #expect(waiting.step == "enterprise")
        #expect(waiting.path == ["choose_verification"])

        let cancel = try await workspace.channelflow(["cancel", first.order])
        #expect(cancel.exitStatus == 0)
        #expect(cancel.stdoutText == "order \(first.order) is cancelled\n")
        #expect(try await workspace.show(first.order).status == "cancelled")

        let passed = try await workspace.resume(second.order, answers: answers)
        #expect(passed.exitStatus == 0, "\(passed.stderrText)")
        #expect(try RunSummary(passed).step == "review")
        #expect(try await workspace.show(second.order).subject == Self.sampleUSCC)
    }

    @Test("renewal is refused, and no order created, for a key outside the 90-day window or a cloud certificate")
    func renewalNeedsAKeyInTheWindow() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let answers = ShippedAnswers.path("ca_outlet", "renewal")
        let early = try workspace.copyKey("valid-ukey.yaml")
        let english = try await workspace.run("ca_outlet", "renewal", answers: answers, key: early, json: false)
        #expect(english.exitStatus == 1)
        #expect(english.stderrText == "error: renewal opens 90 days before expiry: this certificate expires on 2027-11-24, so from 2027-08-26\n")
        let chinese = try await workspace.run("ca_outlet", "renewal", answers: answers, key: early, json: false, language: "zh")
        #expect(chinese.stderrText == "错误：证书到期前 90 天内才能更新：该证书 2027-11-24 到期，2027-08-26 起可办理\n")
        // With --json the refusal is JSON on standard output, as for a refusal at any later step.
        let json = try await workspace.run("ca_outlet", "renewal", answers: answers, key: early)
        #expect(json.exitStatus == 1)
        #expect(json.stderrText.isEmpty)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any], "\(json.stdoutText)")
        #expect(document["stop"] as? String == "refused")
        #expect(document["order"] == nil, "no order was created")
        let error = try #require(document["error"] as? [String: Any])
        #expect(error["step"] as? String == "insert_ukey")
        #expect((error["message"] as? [String: String])?["en"] == "renewal opens 90 days before expiry: this certificate expires on 2027-11-24, so from 2027-08-26")

        let cloud = try workspace.copyKey("cloud-certificate.yaml")
        let refused = try await workspace.run("ca_outlet", "renewal", answers: answers, key: cloud, json: false)
        #expect(refused.exitStatus == 1)
        #expect(refused.stderrText == "error: Certificate renewal is not offered for cloud certificates\n")

        let listed = try await workspace.channelflow(["orders", "list", "--json"])
        #expect(listed.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    @Test("resuming an order the database does not hold is refused, as JSON with --json")
    func resumeUnknownOrder() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        let answers = ShippedAnswers.path("ca_outlet", "new_certificate")
        let text = try await workspace.resume("CF20261125-NOSUCH", answers: answers, json: false)
        #expect(text.exitStatus == 1)
        #expect(text.stderrText == "error: no order CF20261125-NOSUCH in this database\n")
        let json = try await workspace.resume("CF20261125-NOSUCH", answers: answers, language: "zh")
        #expect(json.exitStatus == 1)
        #expect(json.stderrText.isEmpty)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any], "\(json.stdoutText)")
        #expect(document["order"] as? String == "CF20261125-NOSUCH")
        #expect(document["stop"] as? String == "refused")
        #expect(((document["error"] as? [String: Any])?["message"] as? [String: String])?["zh"] == "本数据库中没有订单 CF20261125-NOSUCH")
    }

    @Test("a sandbox code for a field the step does not ask, and materials of the wrong type, are refused clearly")
    func sandboxCodesAndMaterialTypes() async throws {
        let workspace = try OrderWorkspace()
        defer { workspace.remove() }
        // The purchase step has no such field, whatever the answer asks for.
        let promo = try sample().replacing("  validity_years: 2\n", with: "  validity_years: 2\n  promo_code: {sandbox: sms}\n")
        let run = try await workspace.run("ca_outlet", "new_certificate", answers: try workspace.write(promo.text, to: "promo.yaml"), json: false)
        #expect(run.exitStatus == 1)
        #expect(run.stderrText.contains("promo_code"), "\(run.stderrText)")
        #expect(run.stderrText.contains("step purchase asks no such field"), "\(run.stderrText)")
        let order = try OrderWorkspace.orderNumber(run)
        #expect(try await workspace.show(order).step == "purchase")

        let files = try sample()
            .replacing("business-licence.png", with: "not-an-image.txt")
            .replacing("agent-id-front.png", with: "authorisation-letter.pdf")
        let filesAnswers = try workspace.write(files.text, to: "files.yaml")
        let english = try await workspace.resume(order, answers: filesAnswers, json: false)
        #expect(english.exitStatus == 1)
        #expect(english.stderrText == """
            error: step materials: 2 answer(s) to correct
                ✗ Business licence photo (a copy must bear the company seal) (business_licence): not-an-image.txt is not a PDF, JPEG or PNG file (accepted: jpeg, png, pdf)
                ✗ Agent's ID card, photo side (agent_id_front): authorisation-letter.pdf is a PDF file; this material accepts jpeg, png

            """)
        let chinese = try await workspace.resume(order, answers: filesAnswers, json: false, language: "zh")
        #expect(chinese.stderrText == """
            错误：步骤 materials：有 2 项需要更正
                ✗ 营业执照原件或复印件照片（复印件需加盖公章）（business_licence）：not-an-image.txt 不是 PDF、JPEG 或 PNG 文件（可接受：jpeg, png, pdf）
                ✗ 经办人身份证人像面照片（agent_id_front）：authorisation-letter.pdf 是 PDF 文件；该资料仅接受 jpeg, png

            """)
        #expect(try await workspace.show(order).step == "materials")

        // On the signature step a code was sent, but the step has no second code to put it in.
        let extra = try sample().replacing(
            "  accept_signature_agreement: true\n", with: "  accept_signature_agreement: true\n  second_code: {sandbox: sms}\n")
        let signature = try await workspace.resume(order, answers: try workspace.write(extra.text, to: "extra.yaml"), json: false)
        #expect(signature.exitStatus == 1)
        #expect(signature.stderrText == """
            error: step signature: 1 answer(s) to correct
                ✗ second_code (second_code): step signature asks no such field

            """)

        let fixed = try await workspace.resume(order, answers: try workspace.write(try sample().text, to: "fixed.yaml"))
        #expect(fixed.exitStatus == 0, "\(fixed.stderrText)")
        #expect(try RunSummary(fixed).step == "review")
    }
}
