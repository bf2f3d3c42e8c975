public import FlowExpressions
import FlowDiagnostics

/// The built-in actions flows may run, by name. The engine implements each behind a protocol;
/// this table is what files are checked against.
public enum BuiltinActions {
    private typealias A = ActionSignature.Argument
    private typealias O = ActionSignature.Output
    private static func text(_ en: String, _ zh: String) -> LocalizedMessage { LocalizedMessage(en: en, zh: zh) }

    private static let personMethods = ExpressionType.enumeration(["bank_card", "face", "phone"])
    private static let smsPurposes = ExpressionType.enumeration(["login", "query", "signature", "unlock"])

    /// Every built-in action, sorted by name.
    public static let all: [ActionSignature] = [
        ActionSignature("cancel_order", text("Cancel an unfinished order, freeing its subject for a new application.", "取消未完成订单，释放主体以便重新申请。"),
                        arguments: [A("order", .string)], outputs: [O("order.cancelled", .bool)]),
        ActionSignature("change_address", text("Change the mailing address of an order not yet shipped.", "修改未发货订单的邮寄地址。"),
                        arguments: [A("order", .string), A("address", .string)], outputs: [O("shipment.address_changed", .bool)]),
        ActionSignature("check_captcha", text("Check the random code (captcha) shown to the applicant.", "校验随机码。"),
                        arguments: [A("code", .string)], outputs: [O("captcha.verified", .bool)]),
        ActionSignature("check_sms_code", text("Check an SMS code sent earlier to a phone.", "校验此前发送到手机的短信验证码。"),
                        arguments: [A("to", .string), A("code", .string)], outputs: [O("sms.verified", .bool)]),
        ActionSignature("check_unlock_history", text("Find the certificate's previous unlock and its agent.", "查询证书此前的解锁记录及经办人。"),
                        arguments: [A("serial", .string)], outputs: [O("unlock.first_time", .bool), O("unlock.previous_agent_mobile", .string)]),
        ActionSignature("continue_order", text("Resume an unfinished order where it stopped.", "从中断处继续办理未完成订单。"),
                        arguments: [A("order", .string)], outputs: [O("order.resumed", .bool)]),
        ActionSignature("download_invoice", text("Provide an order's invoice as a PDF file.", "下载订单发票（PDF）。"),
                        arguments: [A("order", .string)], outputs: [O("invoice.file", .string)]),
        ActionSignature("issue_certificate", text("Have the certificate authority issue the certificate of an approved order.", "为审核通过的订单签发证书。"),
                        outputs: [O("certificate.issued", .bool)]),
        ActionSignature("list_agents", text("List the subject's agents in this channel, masked.", "列出主体在本渠道的经办人（掩码）。"),
                        arguments: [A("uscc", .string)], outputs: [O("agents", .list(.string))]),
        ActionSignature("load_certificate_subject", text("Carry over the subject data of the certificate's original order.", "带出证书原订单的主体信息。"),
                        arguments: [A("serial", .string)],
                        outputs: [O("subject.company_name", .string), O("subject.uscc", .string), O("subject.legal_rep_name", .string),
                                  O("subject.legal_rep_id", .string), O("subject.legal_rep_mobile", .string)]),
        ActionSignature("notify", text("Send the applicant a message from a template.", "按模板向申请人发送通知。"),
                        arguments: [A("event", .enumeration(Set(NotificationEvent.allCases.map(\.rawValue))))]),
        ActionSignature("pay", text("Create a payment and wait for its confirmation (QR code).", "创建支付并等待支付结果（二维码）。"),
                        arguments: [A("amount", .money), A("method", .enumeration(Set(PaymentMethod.allCases.map(\.rawValue))))],
                        outputs: [O("payment.id", .string), O("payment.paid", .bool)], wait: .payment, stepKinds: [.payment]),
        ActionSignature("price", text("Price the purchase from the flow's products and the channel's prices.", "根据商品及渠道价格计算金额。"),
                        arguments: [A("product", .string), A("years", .int), A("seal", .string, optional: true)],
                        outputs: [O("price.amount", .money)]),
        ActionSignature("query_orders", text("List orders in this channel: an agent's, or all of the subject's.", "查询本渠道订单：某经办人办理的，或主体的全部订单。"),
                        arguments: [A("uscc", .string), A("scope", .enumeration(["agent", "subject"])), A("agent", .string, optional: true)],
                        outputs: [O("orders", .list(.string))]),
        ActionSignature("read_ukey", text("Read the inserted UKEY: serial, certificate, subject; the key inserted wins over one picked in a list.", "读取插入的 UKEY：序列号、证书、主体；以实际插入的 key 为准。"),
                        arguments: [A("pin", .string, optional: true)],
                        outputs: [O("certificate.serial", .string), O("certificate.organization", .string), O("certificate.uscc", .string),
                                  O("certificate.not_after", .date), O("certificate.days_to_expiry", .int), O("certificate.medium", .string)],
                        stepKinds: [.ukey]),
        ActionSignature("reissue_invoice", text("Issue an order's invoice again, keeping the history.", "重开订单发票（保留历史）。"),
                        arguments: [A("order", .string)], outputs: [O("invoice.reissued", .bool)]),
        ActionSignature("reset_pin", text("Reset the UKEY password with the released administrator key.", "使用授权释放的管理员密钥重置 UKEY 密码。"),
                        arguments: [A("code", .string), A("new_pin", .string)], outputs: [O("unlock.done", .bool)], stepKinds: [.ukey, .form]),
        ActionSignature("revoke_certificate", text("Revoke the certificate once the revocation is approved.", "吊销申请审核通过后吊销证书。"),
                        arguments: [A("serial", .string), A("reason", .string)], outputs: [O("certificate.revoked", .bool)]),
        ActionSignature("send_sms_code", text("Send a 6-digit code by SMS.", "发送 6 位短信验证码。"),
                        arguments: [A("to", .string), A("purpose", smsPurposes)], outputs: [O("sms.sent", .bool)]),
        ActionSignature("send_certificate_password", text("Send the new key's certificate password by SMS to the legal representative; it is never stored.", "将新 UKEY 的证书密码以短信发送至法定代表人；密码不保存。"),
                        arguments: [A("mobile", .string)], outputs: [O("certificate.password_sent", .bool)]),
        ActionSignature("send_unlock_code", text("Send the unlock authorisation code: by SMS to the legal representative, or as the memo of a one-cent transfer.", "发送解锁授权码：短信发送至法定代表人，或作为一分钱转账附言。"),
                        arguments: [A("via", .enumeration(["one_cent_transfer", "sms"])), A("mobile", .string, optional: true)],
                        outputs: [O("unlock.code_sent", .bool)]),
        ActionSignature("store_materials", text("Store the uploaded materials, checked against the material list.", "保存上传资料并按资料清单校验。"),
                        outputs: [O("materials.stored", .int)], stepKinds: [.materials]),
        ActionSignature("submit_review", text("Submit the order for review with its deadline in working days; it waits for the decision unless auto-approve holds.", "提交审核并按工作日计算审核期限；除满足自动审核条件外，等待审核结果。"),
                        outputs: [O("review.approved", .bool), O("review.submitted_on", .date)], wait: .review, stepKinds: [.reviewWait]),
        ActionSignature("verify_enterprise", text("Verify the enterprise with its legal representative's real-name data.", "核验企业及法定代表人实名信息。"),
                        arguments: [A("company_name", .string), A("uscc", .string), A("legal_rep_name", .string),
                                    A("legal_rep_id", .string), A("legal_rep_mobile", .string)],
                        outputs: [O("enterprise.verified", .bool)]),
        ActionSignature("verify_person", text("Verify a person by phone, bank card or face.", "通过手机号、银行卡或刷脸核验个人身份。"),
                        arguments: [A("method", personMethods), A("name", .string), A("id_number", .string),
                                    A("mobile", .string, optional: true), A("bank_card", .string, optional: true)],
                        outputs: [O("person.verified", .bool)]),
        ActionSignature("verify_pin", text("Verify the UKEY password; reports tries left.", "校验 UKEY 密码并提示剩余次数。"),
                        arguments: [A("pin", .string)], outputs: [O("ukey.pin_verified", .bool)], stepKinds: [.ukey]),
        ActionSignature("write_certificate", text("Write the issued certificate onto the UKEY; needs its password.", "将签发的证书写入 UKEY（需证书密码）。"),
                        arguments: [A("pin", .string)], outputs: [O("certificate.written", .bool)], stepKinds: [.ukey, .terminal]),
    ]

    /// The action called `name`.
    public static func signature(_ name: String) -> ActionSignature? {
        all.first { $0.name == name }
    }
}
