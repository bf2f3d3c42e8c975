import FlowDiagnostics
import FlowTooling
import Testing

@Suite struct PreviewTests {
    @Test func theBankOffersItsOwnOptionsMaterialsAndPrices() throws {
        let text = PreviewRenderer(language: .en).render(try TestProject.shippedEntry("icbc_bank", "new_certificate"))
        #expect(text.hasPrefix("ICBC corporate banking · 工商银行企业网银 — Corporate certificate application · 企业数字证书申请\n"))
        #expect(text.contains("     (legal_rep_self) The legal representative applies in person · 法定代表人自办\n"))
        #expect(text.contains("     (agent_bank_card) Agent bank card verification · 经办人银行卡信息认证\n"))
        #expect(!text.contains("(agent_face)") && !text.contains("(agent_phone)"), "the bank offers neither")
        #expect(text.contains("   * Letter of authorisation bearing the company seal · 单位授权书（加盖公章） [authorisation_letter] — pdf, jpeg, png; up to 10 MiB; only when agent_method != 'legal_rep_self'"))
        #expect(text.contains("     Organisation certificate (UKEY) · 单位数字证书（UKEY） [org_cert_ukey, ukey]: 1 year ¥260.00, 2 years ¥480.00, 3 years ¥690.00\n"))
        #expect(text.contains("     invoice: always issued when price.amount > 0\n"))
        #expect(text.contains("   payment methods: Alipay · 支付宝\n"))
        #expect(text.contains("   * Legal representative's ID number · 法定代表人证件号 [legal_rep_id] — resident ID number; shown masked\n"))
    }

    @Test func chineseFirstAndOneStep() throws {
        let text = PreviewRenderer(language: .zh).render(try TestProject.shippedEntry("ca_outlet", "new_certificate"), only: "signature")
        #expect(text == """
        CA 自营网点 · The CA's own outlet — 单位证书新办 · New organisation certificate
        渠道 ca_outlet，流程 new_certificate；* 必填，? 条件必填，- 选填

        7. 证书申请签名 · Sign the application  [signature, signature]
           ! 短信验证码发送至经办人手机号，用于验证证书申请行为的真实性 · A code is sent to the agent's mobile to prove the application is genuine
           * 短信验证码 · SMS code [signature_code] — 短信验证码
           * 我已阅读并同意用户协议 · I accept the user agreement [accept_signature_agreement] — 是/否，必须同意
           → send_sms_code: 发送 6 位短信验证码。（进入步骤时）
           → check_sms_code: 校验此前发送到手机的短信验证码。

        """)
    }
}
