import FlowDiagnostics
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
