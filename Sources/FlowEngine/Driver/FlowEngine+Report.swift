import FlowModel
import FlowStore
import Logging

extension FlowEngine {
    func report(
        _ run: StepRun, step: Step, answers: [MaskedAnswer], warnings: [FieldError], outcome: StepReport.Outcome
    ) -> StepReport {
        StepReport(
            order: run.state.id, step: step.id.value, title: step.title.value, outcome: outcome, answers: answers,
            warnings: warnings, actions: run.summaries, next: run.state.status == .completed ? nil : run.state.step,
            status: run.state.status, captcha: run.captcha)
    }

    /// One line per committed step, with the masked facts its actions reported.
    func log(_ run: StepRun, step: String) {
        // The metadata is built per step: only when someone reads it.
        guard configuration.logger.logLevel <= .info else { return }
        var metadata: Logger.Metadata = ["order": "\(run.state.id)", "step": "\(step)", "status": "\(run.state.status.rawValue)"]
        for summary in run.summaries {
            metadata["action." + summary.name] = .dictionary(summary.detail.mapValues { .string($0) })
        }
        configuration.logger.info("step committed", metadata: metadata)
    }

    static func masked(_ answers: [String: OrderValue], step: Step, option: ChoiceOption?) -> [MaskedAnswer] {
        let fields = step.fields(choosing: option)
        var result: [MaskedAnswer] = []
        for field in fields {
            guard let value = answers[field.id.value] else { continue }
            result.append(MaskedAnswer(step: step.id.value, field: field.id.value, label: field.label.value, value: AnswerMasking.display(value, field: field)))
        }
        if let choice = step.choice, let option {
            result.insert(MaskedAnswer(step: step.id.value, field: choice.field.value, label: choice.label.value, value: option.label.value.zh + " " + option.label.value.en), at: 0)
        }
        return result
    }
}
