import FlowDiagnostics
import FlowModel
import FlowStore

extension FlowEngine {
    /// Runs an order as far as the answers take it: steps with nothing to ask run by themselves,
    /// the others take their answers from the book. Stops at a wait, at the end, at a step the
    /// book does not answer, or at the first refusal (every earlier step stays committed).
    ///
    /// - Parameter confirming: stop at confirmation pages the book does not answer, so a person
    ///   can read the summary and agree (interactive runs); headless runs pass through them.
    public func advance(
        _ id: String, with book: AnswersBook, confirming: Bool = false, onStep: (StepReport) -> Void
    ) async -> RunStop {
        var visits: [String: Int] = [:]
        var retriedStale = false
        while true {
            let current: CurrentStep
            do { current = try currentStep(id) } catch { return .failed(error) }
            switch current.order.status {
            case .completed: return .completed
            case .cancelled: return .failed(.notAllowed(LocalizedMessage(en: "order \(id) was cancelled", zh: "订单 \(id) 已取消")))
            case .waiting: return .waiting(step: current.order.step, wait: current.order.wait ?? "")
            case .active: break
            }
            let step = current.order.step
            let asksAgreement = confirming && current.step.kind.value == .confirmation
            guard (current.automatic && !asksAgreement) || book.has(step) else { return .needsAnswers(step: step) }
            visits[step, default: 0] += 1
            guard let answers = book.answers(step, visit: visits[step, default: 0]) else { return .needsAnswers(step: step) }
            if book.laterVisits[step] == nil, visits[step, default: 0] > 2 {
                return .failed(.notAllowed(LocalizedMessage(
                    en: "the answers for step \(step) lead back to it again and again; correct them",
                    zh: "步骤 \(step) 的答案使流程反复回到该步骤，请更正")))
            }
            do {
                let report = try await submit(
                    id, step: step, answers: answers, uploads: book.uploads[step] ?? [:],
                    version: current.order.version)
                onStep(report)
            } catch .stale where !retriedStale {
                // Another process moved the order since this one last saw it: look again once.
                retriedStale = true
                visits[step, default: 0] -= 1
            } catch {
                return .failed(error)
            }
        }
    }
}
