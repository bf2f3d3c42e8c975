import FlowDiagnostics
import FlowModel
import FlowStore

extension FlowEngine {
    /// Issues a fresh captcha for the order: its hash goes into the step's commit, the code to the
    /// captcha board, the picture to the caller.
    func showCaptcha(order: String, providers: Providers, run: inout StepRun) throws(EngineError) -> CaptchaImage {
        let (code, record) = CaptchaChallenge.issue(order: order, now: clock.now())
        do { try providers.captcha.show(code, order: order) } catch { throw .provider(error.message) }
        run.codes.append(record)
        return CaptchaImage(code)
    }
}

extension FlowEngine {
    /// A new captcha for the step the order is at (the applicant could not read the last one, or
    /// a web page is shown again): the code is committed before the picture is returned.
    public func newCaptcha(_ id: String) throws(EngineError) -> CaptchaImage {
        let loaded = try load(id, fresh: true)
        try Self.requireActive(loaded.record)
        guard try loaded.machine.step(loaded.state.step).allFields.contains(where: { $0.type.value == .captcha }) else {
            throw .notAllowed(LocalizedMessage(
                en: "step \(loaded.state.step) of order \(id) asks no captcha", zh: "订单 \(id) 的步骤 \(loaded.state.step) 不需要图形验证码"))
        }
        var run = StepRun(state: loaded.state, stepOutputs: loaded.pending)
        let image = try showCaptcha(order: id, providers: try providers(loaded.record.channel), run: &run)
        do { try store.append(run.events, codes: run.codes) } catch { throw .storage(error) }
        return image
    }
}
