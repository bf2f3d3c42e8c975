import FlowDiagnostics

/// The implementation of each built-in action, by the name flows use.
enum ActionRegistry {
    static let performers: [String: any ActionPerformer] = [
        "verify_enterprise": VerifyEnterprise(),
        "verify_person": VerifyPerson(),
        "send_sms_code": SendSMSCode(),
        "check_sms_code": CheckSMSCode(),
        "price": PriceAction(),
        "pay": PayAction(),
        "store_materials": StoreMaterials(),
        "submit_review": SubmitReview(),
        "notify": Notify(),
        "read_ukey": ReadUKey(),
        "verify_pin": VerifyPIN(),
        "reset_pin": ResetPIN(),
        "write_certificate": WriteCertificate(),
        "issue_certificate": IssueCertificate(),
        "revoke_certificate": RevokeCertificate(),
        "check_unlock_history": CheckUnlockHistory(),
        "send_unlock_code": SendUnlockCode(),
        "send_certificate_password": SendCertificatePassword(),
        "load_certificate_subject": LoadCertificateSubject(),
        "query_orders": QueryOrders(),
        "list_agents": ListAgents(),
        "check_captcha": CheckCaptcha(),
        "cancel_order": CancelOrder(),
        "continue_order": ContinueOrder(),
        "change_address": ChangeAddress(),
        "download_invoice": DownloadInvoice(),
        "reissue_invoice": ReissueInvoice(),
    ]

    static func performer(_ name: String) throws(EngineError) -> any ActionPerformer {
        guard let performer = performers[name] else {
            throw .notAllowed(LocalizedMessage(
                en: "the action \(name) is not available in this version of the engine",
                zh: "当前版本的引擎尚不支持动作 \(name)"))
        }
        return performer
    }
}
