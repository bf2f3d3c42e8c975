import FlowDiagnostics
import FlowModel

/// Guards that need a certificate need a way to know it. `renewal-window-days` measures the
/// certificate's expiry, so the flow must enter with the UKEY (`ukey`, `ukey-pin`) or run
/// `read_ukey`; `open-order: certificate` keys open orders by the certificate, so the flow must
/// enter with the UKEY or by verifying the subject.
struct RenewalWindowRule: LintRule {
    let id = "renewal-window"
    let summary = LocalizedMessage(en: "certificate guards need a flow that knows the certificate", zh: "证书相关的约束条件要求流程能识别证书")
    let severity = Severity.error
    let examples: [RuleExample] = [
        .flow(.passes, """
        flow: demo
        title: {zh: 证书更新, en: Renewal}
        category: certificate-management
        media: [ukey]
        entry: ukey-pin
        guard: {open-order: certificate, renewal-window-days: 90}
        steps:
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
        """),
        .flow(.fails, """
        flow: demo
        title: {zh: 证书更新, en: Renewal}
        category: certificate-management
        media: [ukey]
        entry: none
                            ↓                                 ↓
        guard: {open-order: certificate, renewal-window-days: 90}
        steps:
          - {id: done, title: {zh: 完成, en: Done}, kind: terminal}
        """),
    ]

    func check(_ context: LintContext) -> [Diagnostic] {
        context.flows.flatMap { flow -> [Diagnostic] in
            var found: [Diagnostic] = []
            let (name, entry) = (flow.id.value, flow.entry.value)
            let readsUKEY = flow.steps.contains { $0.allActions.contains { $0.name.value == "read_ukey" } }
            if let days = flow.guardRule.renewalWindowDays, entry != .ukey, entry != .ukeyPIN, !readsUKEY {
                found.append(diagnostic(at: days.path, days.range, LocalizedMessage(
                    en: "\"renewal-window-days\" needs the certificate's expiry, but flow \"\(name)\" enters with \"\(entry.rawValue)\" "
                        + "and never runs \"read_ukey\"; use \"entry: ukey-pin\" or read the UKEY",
                    zh: "\"renewal-window-days\" 需要证书的到期日，但流程 \"\(name)\" 的进入方式为 \"\(entry.rawValue)\" 且从不执行 \"read_ukey\"；"
                        + "请使用 \"entry: ukey-pin\" 或读取 UKEY"
                )))
            }
            let open = flow.guardRule.openOrder
            if open.value == .certificate, entry == .none {
                found.append(diagnostic(at: open.path, open.range, LocalizedMessage(
                    en: "\"open-order: certificate\" needs to know the certificate, but flow \"\(name)\" enters with \"none\"; "
                        + "use \"entry: ukey\", \"ukey-pin\" or \"subject\"",
                    zh: "\"open-order: certificate\" 需要识别证书，但流程 \"\(name)\" 的进入方式为 \"none\"；请使用 \"entry: ukey\"、\"ukey-pin\" 或 \"subject\""
                )))
            }
            return found
        }
    }
}
