extension RuleExample {
    /// A small valid flow that channel examples run against (as `Flows/demo.yaml`) and that flow
    /// examples start from.
    public static let baseFlow = """
    flow: demo
    title: {zh: 示例流程, en: Demo flow}
    category: application
    media: [ukey]
    guard: {open-order: subject, subject-field: uscc}
    settings:
      invoice_optional: {type: bool, default: true, label: {zh: 可不开发票, en: Invoice optional}}
    materials:
      - {id: licence, name: {zh: 营业执照, en: Business licence}, accept: [pdf], max-size-mb: 5}
    products:
      - id: cert
        name: {zh: 证书, en: Certificate}
        medium: ukey
        prices: [{years: 1, amount: "300.00"}]
    steps:
      - id: company
        title: {zh: 企业信息, en: Company}
        kind: verification
        fields:
          - {id: uscc, label: {zh: 统一社会信用代码, en: USCC}, type: uscc}
        choice:
          field: agent_method
          label: {zh: 认证方式, en: Method}
          options:
            - {id: agent_phone, label: {zh: 手机号认证, en: Phone}}
            - {id: agent_face, label: {zh: 刷脸认证, en: Face}}
        next: done
      - id: done
        title: {zh: 完成, en: Done}
        kind: terminal

    """
}
