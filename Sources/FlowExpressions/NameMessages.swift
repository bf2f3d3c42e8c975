internal import FlowDiagnostics

/// The messages about names: unknown, not yet defined, unknown members of a namespace.
enum NameMessages {
    static func unknownName(_ name: String, suggestion: String?) -> LocalizedMessage {
        LocalizedMessage(en: "unknown name \(Wording.quoted(name))" + Wording.didYouMeanEN(suggestion),
                         zh: "未知的名称 \(Wording.quoted(name))" + Wording.didYouMeanZH(suggestion))
    }

    /// A function name written without parentheses, such as `today`.
    static func functionWithoutCall(_ name: String) -> LocalizedMessage {
        LocalizedMessage(en: "unknown name \(Wording.quoted(name)); \(Wording.quoted(name)) is a function: write \(Wording.quoted(name + "()"))",
                         zh: "未知的名称 \(Wording.quoted(name))；\(Wording.quoted(name)) 是函数，请写 \(Wording.quoted(name + "()"))")
    }

    static func unknownFunction(_ name: String, suggestion: String?) -> LocalizedMessage {
        guard suggestion == nil else {
            return LocalizedMessage(en: "unknown function \(Wording.quoted(name))" + Wording.didYouMeanEN(suggestion),
                                    zh: "未知的函数 \(Wording.quoted(name))" + Wording.didYouMeanZH(suggestion))
        }
        return LocalizedMessage(
            en: "unknown function \(Wording.quoted(name)): expected one of \(Wording.listEN(BuiltinFunction.names))",
            zh: "未知的函数 \(Wording.quoted(name))：应为以下之一：\(Wording.listZH(BuiltinFunction.names))"
        )
    }

    static func notYetDefined(_ name: String, definedAt: String) -> LocalizedMessage {
        LocalizedMessage(en: "\(Wording.quoted(name)) is read before it is defined: it is defined in \(definedAt)",
                         zh: "\(Wording.quoted(name)) 在定义之前就被读取：它定义于 \(definedAt)")
    }

    /// `"channel" has no setting "invoce"; did you mean "invoice"?`; other namespaces have attributes.
    static func unknownMember(_ path: [String], available: [String]) -> LocalizedMessage {
        let namespace = Wording.quoted(Wording.path(Array(path.dropLast())))
        let member = Wording.quoted(path.last ?? "")
        let isChannel = path.first == "channel"
        let (wordEN, wordZH) = isChannel ? ("setting", "设置") : ("attribute", "属性")
        if let suggestion = suggestion(for: path.last ?? "", among: available) {
            return LocalizedMessage(
                en: "\(namespace) has no \(wordEN) \(member)" + Wording.didYouMeanEN(suggestion),
                zh: "\(namespace) 没有名为 \(member) 的\(wordZH)" + Wording.didYouMeanZH(suggestion)
            )
        }
        guard !available.isEmpty else {
            return LocalizedMessage(en: "\(namespace) has no \(wordEN)s", zh: "\(namespace) 没有任何\(wordZH)")
        }
        return LocalizedMessage(
            en: "\(namespace) has no \(wordEN) \(member): expected one of \(Wording.listEN(available))",
            zh: "\(namespace) 没有名为 \(member) 的\(wordZH)：应为以下之一：\(Wording.listZH(available))"
        )
    }
}
