import FlowDiagnostics
import FlowModel
import FlowStore

/// An order as a line of the web pages: its number, process, where it is and its status, in
/// both languages.
struct OrderLine {
    var id: String
    var link: String
    var flowTitle: LocalizedTextPayload
    var stepTitle: LocalizedTextPayload
    var status: LocalizedTextPayload

    init(_ record: OrderRecord, flowTitle: LocalizedText, stepTitle: LocalizedText) {
        id = record.id
        link = "/web/\(record.channel)/orders/\(record.id)"
        self.flowTitle = LocalizedTextPayload(flowTitle)
        self.stepTitle = LocalizedTextPayload(stepTitle)
        status = LocalizedTextPayload(Self.status(record))
    }

    private static func status(_ record: OrderRecord) -> LocalizedText {
        switch record.status {
        case .active: LocalizedText(zh: "待填写", en: "Waiting for you")
        case .waiting:
            switch record.wait.flatMap(WaitState.init(rawValue:)) {
            case .review?: LocalizedText(zh: "等待审核", en: "Awaiting review")
            case .payment?: LocalizedText(zh: "等待支付", en: "Awaiting payment")
            case .faceVerification?: LocalizedText(zh: "等待刷脸认证", en: "Awaiting face verification")
            case .oneCentTransfer?: LocalizedText(zh: "等待打款验证", en: "Awaiting the one-cent transfer")
            case nil: LocalizedText(zh: "等待中", en: "Waiting")
            }
        case .completed: LocalizedText(zh: "已完成", en: "Completed")
        case .cancelled: LocalizedText(zh: "已取消", en: "Cancelled")
        }
    }
}
