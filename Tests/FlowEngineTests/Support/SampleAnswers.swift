import FlowEngine

/// The answers of the shipped sample (Examples/answers/ca_outlet-new_certificate.yaml) in code.
enum SampleAnswers {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]

    static func newCertificate(uscc: String = "91110000600037341L") -> AnswersBook {
        func text(_ values: [String: String]) -> [String: RawAnswer] { values.mapValues(RawAnswer.text) }
        return AnswersBook(
            answers: [
                "choose_verification": text(["legal_rep_participates": "true", "accept_user_agreement": "true"]),
                "enterprise": text([
                    "company_name": "北京示例科技有限公司", "uscc": uscc, "legal_rep_name": "张三",
                    "legal_rep_id": "110101199003070011", "legal_rep_mobile": "13812345678",
                ]),
                "agent": text([
                    "agent_method": "agent_phone", "agent_name": "李四", "agent_id": "310104198512300024",
                    "agent_mobile": "13912345678", "agent_email": "lisi@example.com",
                ]),
                "purchase": text([
                    "validity_years": "2", "seal_option": "company_seal", "mailing_name": "李四",
                    "mailing_mobile": "13912345678", "mailing_address": "北京市海淀区示例路 1 号",
                ]),
                "signature": ["signature_code": .sandboxCode("sms"), "accept_signature_agreement": .text("true")],
                "payment": text(["payment_method": "wechat_pay"]),
            ],
            uploads: ["materials": [
                "business_licence": MaterialUpload(name: "licence.png", bytes: png),
                "agent_id_front": MaterialUpload(name: "front.png", bytes: png),
                "agent_id_back": MaterialUpload(name: "back.png", bytes: png),
            ]])
    }
}
