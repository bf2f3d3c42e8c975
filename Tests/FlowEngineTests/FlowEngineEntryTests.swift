import FlowDiagnostics
import FlowEngine
import FlowProviders
import FlowStore
import Testing

@Suite("FlowEngine: entry actions that fail")
struct FlowEngineEntryTests {
    @Test("when the next step's entry fails, the completed step stays saved and the entry runs again later")
    func completedStepSurvivesEntryFailure() async throws {
        let sandbox = SandboxSMSGateway(outboxFile: nil)
        let flaky = FlakySMSGateway(wrapping: sandbox)
        let test = try TestEngine { $0.sms = flaky }
        let (order, stop) = try await test.run("ca_outlet", "new_certificate", SampleAnswers.newCertificate())
        guard case let .failed(.provider(message)) = stop else { Issue.record("stopped with \(stop)"); return }
        #expect(message.en == "the SMS gateway is down")
        let view = try test.engine.show(order)
        #expect(view.path.last == "materials")
        #expect(view.record.step == "signature")
        #expect(view.materials.count == 3)
        #expect(view.events.contains { $0.kind == "entry_failed" })

        flaky.switchOn()
        let resumed = await test.engine.advance(order, with: SampleAnswers.newCertificate()) { _ in }
        guard case let .waiting(step, _) = resumed else { Issue.record("stopped with \(resumed)"); return }
        #expect(step == "review")
    }
}
