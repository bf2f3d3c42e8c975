import ArgumentParser
import FlowDiagnostics
import FlowTooling
import Foundation

/// `channelflow graph --channel ID --flow ID`: draws a compiled flow.
struct GraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw a compiled flow: steps, branches, waits, ends. 绘制已编译流程图。",
        discussion: """
        Each step shows its Chinese and English titles, id and kind; branches are labelled with \
        their `when:` conditions (the last one "otherwise"); steps that wait for the outside world \
        are shaded, terminal steps framed twice, unreachable steps dashed and marked. dot and \
        mermaid are text; svg and png are drawn by Graphviz's `dot`, which must be installed \
        (`scripts/ensure-deps` installs it).
        每个步骤显示中英文标题、标识与类型；分支标注 when 条件；等待步骤着色，终止步骤双框，不可达步骤虚线并标注。

        Example: channelflow graph --channel ca_outlet --flow new_certificate --format svg -o new_certificate.svg
        """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case dot, mermaid, svg, png
    }

    @OptionGroup var pair: PairOptions
    @Option(help: "dot, mermaid, svg or png (default dot). 输出格式。") var format: Format = .dot
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (default: standard output). 输出文件。", valueName: "path"))
    var output: String?
    @OptionGroup var projectOption: ProjectOption
    @OptionGroup var languageOption: LanguageOption

    func run() async throws {
        try await CommandFailure.reporting(languageOption.language) {
            let graph = FlowGraph(try CatalogLoader.entry(channel: pair.channel, flow: pair.flow, project: projectOption.path))
            let destination = OutputDestination(path: output)
            switch format {
            case .dot: try destination.write(Data(DOTRenderer.render(graph).utf8))
            case .mermaid: try destination.write(Data(MermaidRenderer.render(graph).utf8))
            case .svg, .png:
                if format == .png, output == nil, isatty(STDOUT_FILENO) == 1 {
                    throw CommandFailure(.usage, LocalizedMessage(
                        en: "a PNG is not for the terminal: give --output FILE or redirect standard output",
                        zh: "PNG 不能输出到终端：请指定 --output 文件或重定向标准输出"))
                }
                try destination.write(try Graphviz.draw(DOTRenderer.render(graph), format: format.rawValue))
            }
        }
    }
}
