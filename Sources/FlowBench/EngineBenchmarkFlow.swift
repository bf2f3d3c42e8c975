import FlowDiagnostics
import FlowEngine
import FlowModel

/// The flow `bench engine` runs: six steps (five forms with typed, validated fields and a branch,
/// then a terminal step), with no provider calls, so the figures measure the engine and SQLite.
enum EngineBenchmarkFlow {
    static let flow = """
    flow: bench_six_steps
    title: {zh: 六步基准流程, en: Six-step benchmark flow}
    category: query
    media: [ukey]
    entry: none
    guard:
      open-order: none
    steps:
      - id: s1
        title: {zh: 第一步, en: Step one}
        kind: form
        fields:
          - {id: company_name, label: {zh: 企业名称, en: Company name}, type: text, validators: [{length: {min: 2, max: 100}}]}
          - {id: uscc, label: {zh: 统一社会信用代码, en: USCC}, type: uscc}
          - {id: agreed, label: {zh: 同意, en: Agreed}, type: bool, validators: [accepted]}
        next: s2
      - id: s2
        title: {zh: 第二步, en: Step two}
        kind: form
        fields:
          - {id: contact_name, label: {zh: 联系人, en: Contact}, type: text}
          - {id: contact_mobile, label: {zh: 联系人手机号, en: Contact mobile}, type: phone}
          - {id: contact_email, label: {zh: 邮箱, en: E-mail}, type: email}
        next: s3
      - id: s3
        title: {zh: 第三步, en: Step three}
        kind: form
        fields:
          - {id: years, label: {zh: 年限, en: Years}, type: enum, options: [{value: 1, label: {zh: 1 年, en: 1 year}}, {value: 2, label: {zh: 2 年, en: 2 years}}]}
          - {id: note, label: {zh: 备注, en: Note}, type: text, required: false}
        next:
          - when: "years == 2"
            goto: s4
          - goto: s5
      - id: s4
        title: {zh: 第四步, en: Step four}
        kind: form
        fields:
          - {id: address, label: {zh: 地址, en: Address}, type: address}
        next: s5
      - id: s5
        title: {zh: 第五步, en: Step five}
        kind: form
        fields:
          - {id: confirmed, label: {zh: 确认, en: Confirmed}, type: bool}
        next: s6
      - id: s6
        title: {zh: 完成, en: Done}
        kind: terminal
    """

    static let channel = """
    channel: bench
    name: {zh: 基准渠道, en: Benchmark channel}
    kind: partner
    flows:
      bench_six_steps: {}
    """

    /// The compiled pair.
    static func compiled() -> CompiledFlow? {
        let project = Project.read([
            SourceFile(path: "Flows/bench.yaml", bytes: Array(flow.utf8)),
            SourceFile(path: "Channels/bench.yaml", bytes: Array(channel.utf8)),
        ])
        return project.compile().catalog.entry(channel: "bench", flow: "bench_six_steps")
    }

    /// The answers of each step, in order; the last step has nothing to ask.
    static let answers: [[String: RawAnswer]] = [
        ["company_name": .text("北京示例科技有限公司"), "uscc": .text("91110000600037341L"), "agreed": .text("true")],
        ["contact_name": .text("李四"), "contact_mobile": .text("13912345678"), "contact_email": .text("lisi@example.com")],
        ["years": .text("2"), "note": .text("benchmark")],
        ["address": .text("北京市海淀区示例路 1 号")],
        ["confirmed": .text("true")],
        [:],
    ]
}
