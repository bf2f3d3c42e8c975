import ArgumentParser
import FlowDiagnostics
import FlowLint
import FlowModel
import FlowTooling
import Foundation

/// `channelflow new channel ID --from ID`: a new channel file made from an existing channel.
struct NewChannelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "channel",
        abstract: "Make a new channel file from an existing channel. 以现有渠道为模板生成新渠道文件。",
        discussion: """
        Copies every flow and setting of the --from channel, with a comment in English and Chinese \
        above each key saying what it means (and, for a setting, option, material, price, step or \
        field, what the flow calls it and offers). Writes Channels/ID.yaml under --project, \
        refusing to overwrite an existing file unless --force; --output PATH (or - for standard \
        output) writes elsewhere. Edit the result, then run `channelflow lint`.
        复制来源渠道的全部配置，并在每项上方添加中英文注释；默认写入 Channels/ID.yaml。

        Example: channelflow new channel partner_bank --from icbc_bank --name-zh 合作银行 --name-en "Partner bank"
        """
    )

    @Argument(help: "The new channel's id (snake_case). 新渠道标识。") var id: String
    @Option(help: "The channel to copy. 作为模板的渠道。") var from: String
    @Option(name: .customLong("name-zh"), help: "Its Chinese name (default: the source's). 中文名称。") var nameZh: String?
    @Option(name: .customLong("name-en"), help: "Its English name (default: the source's). 英文名称。") var nameEn: String?
    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead (- for standard output). 输出路径。", valueName: "path"))
    var output: String?
    @Flag(help: "Overwrite an existing file. 覆盖已有文件。") var force = false
    @OptionGroup var projectOption: ProjectOption
    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        guard Identifier.isValid(id) else {
            throw ValidationError("\"\(id)\" is not a valid channel id: use lower-case letters, digits and \"_\", starting with a letter. 渠道标识无效。")
        }
    }

    func run() async throws {
        try await CommandFailure.reporting(languageOption.language) {
            let context = try CatalogLoader.context(project: projectOption.path)
            guard let source = context.channels.first(where: { $0.id.value == from }) else {
                throw CommandFailure(.usage, Alternatives.message(
                    found: from, expected: context.channels.map(\.id.value),
                    what: LocalizedMessage(en: "channel", zh: "渠道"), unknownWord: LocalizedMessage(en: "unknown", zh: "不存在")))
            }
            let project = projectOption.path
            let path = output ?? (project == "." ? "" : project.hasSuffix("/") ? project : project + "/") + "Channels/\(id).yaml"
            if path != "-", !force, FileManager.default.fileExists(atPath: path) {
                throw CommandFailure(.usage, LocalizedMessage(
                    en: "\(path) exists; give --force to overwrite it", zh: "\(path) 已存在；使用 --force 覆盖"))
            }
            // Overwriting the channel's own file is what --force is for; another file with the id is a clash.
            let target = URL(fileURLWithPath: path).standardizedFileURL.path
            if let existing = context.project.channels.first(where: { $0.model?.id.value == id }),
               URL(fileURLWithPath: existing.source.path).standardizedFileURL.path != target {
                throw CommandFailure(.usage, LocalizedMessage(
                    en: "channel \"\(id)\" already exists in \(existing.source.path)", zh: "渠道 \"\(id)\" 已存在于 \(existing.source.path)"))
            }
            let name = LocalizedText(zh: nameZh ?? source.name.value.zh, en: nameEn ?? source.name.value.en)
            let text = ChannelScaffold(id: id, name: name, source: source, flows: context.flows).render()
            try OutputDestination(path: path).write(Data(text.utf8))
            if path != "-" {
                Terminal.printError(languageOption.language == .zh
                    ? "已写入 \(path)：逐项检查后运行 channelflow lint"
                    : "wrote \(path): review each setting, then run `channelflow lint`")
            }
        }
    }
}
