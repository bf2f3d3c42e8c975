import FlowDiagnostics
import FlowDomain
import FlowEngine
import FlowModel
import FlowStore

/// An order that asks nothing of the applicant now: waiting for the review, a payment, a face
/// scan or a transfer, or finished (completed, cancelled). Where the provider it waits for is
/// the sandbox, the page offers the sandbox's answer (pay or refuse); a real provider answers
/// by itself, so then the page only says what it waits for.
struct StatusPage {
    struct SandboxConfirmation {
        var action: String
        var accept: LocalizedTextPayload
        var refuse: LocalizedTextPayload
    }

    var frame: PageFrame
    var order: OrderLine
    var notice: LocalizedTextPayload?
    var waiting: Bool
    var review: Bool
    var reviewDue: String?
    var price: String?
    var sandbox: SandboxConfirmation?
    var refusal: Refusal?
    var cancel: String?
    var detail: String

    init(frame: PageFrame, current: CurrentStep, view: OrderView, refusal: Refusal?, sandboxRoles: [String]) {
        let record = current.order
        let base = "/web/\(record.channel)/orders/\(record.id)"
        self.frame = frame
        order = OrderLine(record, flowTitle: view.flowTitle, stepTitle: current.step.title.value)
        notice = current.step.notice.map { LocalizedTextPayload($0.value) }
        waiting = record.status == .waiting
        review = record.wait == WaitState.review.rawValue
        if case let .known(_, _, latest)? = view.review?.due { reviewDue = "\(latest)" }
        price = record.wait == WaitState.payment.rawValue ? current.price?.formatted : nil
        if let role = Self.sandboxRole(record), sandboxRoles.contains(role) {
            sandbox = Self.confirmation(record.wait, action: "\(base)/confirmation")
        }
        self.refusal = refusal
        cancel = record.status.isOpen ? "\(base)/cancel" : nil
        detail = "\(base)/detail"
    }

    /// The provider role a waiting order waits for; nil for the review (people decide it) and
    /// for an order that waits for nothing.
    static func sandboxRole(_ record: OrderRecord) -> String? {
        guard record.status == .waiting else { return nil }
        switch record.wait.flatMap(WaitState.init(rawValue:)) {
        case .payment?: return "payment"
        case .faceVerification?: return "person"
        case .oneCentTransfer?: return "transfer"
        case .review?, nil: return nil
        }
    }

    private static func confirmation(_ wait: String?, action: String) -> SandboxConfirmation {
        let (accept, refuse) = switch wait.flatMap(WaitState.init(rawValue:)) {
        case .payment?: (LocalizedText(zh: "沙箱支付", en: "Pay in the sandbox"), LocalizedText(zh: "沙箱拒绝支付", en: "Refuse the payment in the sandbox"))
        case .faceVerification?: (LocalizedText(zh: "沙箱刷脸通过", en: "Pass the face check in the sandbox"), LocalizedText(zh: "沙箱刷脸不通过", en: "Fail the face check in the sandbox"))
        default: (LocalizedText(zh: "沙箱确认到账", en: "Confirm the transfer in the sandbox"), LocalizedText(zh: "沙箱确认未到账", en: "Report no transfer in the sandbox"))
        }
        return SandboxConfirmation(action: action, accept: LocalizedTextPayload(accept), refuse: LocalizedTextPayload(refuse))
    }
}
