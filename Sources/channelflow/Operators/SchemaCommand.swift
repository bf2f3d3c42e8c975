import ArgumentParser
import FlowDiagnostics
import FlowTooling

/// `channelflow schema [flow|channel]`: the JSON Schema of flow or channel files.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of flow or channel files, for editors. 输出流程或渠道文件的 JSON Schema。",
        discussion: """
        Generated from the flow language's schema in code — the tables `channelflow lint` checks \
        against and the decoders read — so editors (the YAML language server of VS Code, JetBrains \
        IDEs) give completion and hover help that agree with the linter. JSON Schema draft-07.
        由代码中的流程语言定义生成，与 lint 使用同一份定义。

        Example: channelflow schema flow > .vscode/channelflow-flow.schema.json
        """
    )

    enum Kind: String, CaseIterable, ExpressibleByArgument {
        case flow, channel
    }

    @Argument(help: "flow or channel (default flow). 文件类型。") var kind: Kind = .flow

    func run() throws {
        let schema = switch kind {
        case .flow: JSONSchemaGenerator.flow
        case .channel: JSONSchemaGenerator.channel
        }
        Terminal.printOut(JSONWriter(pretty: true).string(schema))
    }
}
