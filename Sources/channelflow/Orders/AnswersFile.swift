import FlowDiagnostics
import FlowModel
import FlowEngine
import FlowStore
import FlowYAML
import Foundation

/// Reads an answers file: step id → field id → answer.
///
/// ```yaml
/// enterprise:
///   company_name: 北京示例科技有限公司
/// materials:
///   business_licence: {file: files/licence.png}   # relative to the answers file
/// signature:
///   signature_code: {sandbox: sms}                # only with the sandbox SMS provider
/// order_detail:                                   # a list: one mapping per visit of the step
///   - {detail_operation: download_invoice}
///   - {detail_operation: finish}
/// ```
enum AnswersFile {
    static func read(_ path: String) throws(CommandFailure) -> AnswersBook {
        let bytes: [UInt8]
        switch InputFile.read(path, limit: YAMLLimits.default.maxFileBytes) {
        case let .success(read): bytes = read
        case let .failure(.unreadable(message)): throw CommandFailure(.usage, message)
        case let .failure(.tooLarge(size, limit)):
            throw CommandFailure(.usage, LocalizedMessage(
                en: "\(path) has \(size) bytes; at most \(limit)", zh: "\(path) 大小为 \(size) 字节，超过上限 \(limit)"))
        }
        let root: YAMLNode?
        do { root = try YAMLLoader().load(bytes: bytes, path: path).first } catch {
            throw CommandFailure(.inputErrors, LocalizedMessage(en: error.diagnostic.message.en, zh: error.diagnostic.message.zh)
                .located(path, error.diagnostic.range.start))
        }
        guard let root else { return AnswersBook() }
        guard let steps = root.mapping else { throw problem(root, en: "expected a mapping of step ids", zh: "应为以步骤 id 为键的映射") }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var book = AnswersBook()
        for pair in steps {
            guard let step = pair.key.string else { throw problem(pair.key, en: "a step id must be text", zh: "步骤 id 应为文本") }
            if let visits = pair.value.sequence, !visits.isEmpty {
                var parsed: [[String: RawAnswer]] = []
                for visit in visits {
                    let (answers, uploads) = try fields(visit, step: step, folder: folder)
                    if !uploads.isEmpty { throw problem(visit, en: "files go in a single mapping, not a list of visits", zh: "文件只能在单个映射中给出，不能用于多次访问的列表") }
                    parsed.append(answers)
                }
                book.answers[step] = parsed[0]
                book.laterVisits[step] = Array(parsed.dropFirst())
                continue
            }
            let (answers, uploads) = try fields(pair.value, step: step, folder: folder)
            book.answers[step] = answers
            if !uploads.isEmpty { book.uploads[step] = uploads }
        }
        return book
    }

    /// One visit's answers: field id → value, `{sandbox: …}` or `{file: PATH}`.
    private static func fields(
        _ node: YAMLNode, step: String, folder: URL
    ) throws(CommandFailure) -> (answers: [String: RawAnswer], uploads: [String: MaterialUpload]) {
        guard let fields = node.mapping else {
            throw problem(node, en: "expected the answers of step \(step) as a mapping or a list of mappings", zh: "步骤 \(step) 的答案应为映射或映射列表")
        }
        var answers: [String: RawAnswer] = [:]
        var uploads: [String: MaterialUpload] = [:]
        for field in fields {
            guard let name = field.key.string else { throw problem(field.key, en: "a field id must be text", zh: "字段 id 应为文本") }
            if let text = field.value.scalar?.text {
                answers[name] = .text(text)
            } else if let sandbox = field.value["sandbox"]?.string {
                answers[name] = .sandboxCode(sandbox)
            } else if let file = field.value["file"]?.string {
                uploads[name] = try upload(file, relativeTo: folder, node: field.value)
            } else {
                throw problem(field.value, en: "expected a value, {file: PATH} or {sandbox: sms}", zh: "应为取值、{file: 路径} 或 {sandbox: sms}")
            }
        }
        return (answers, uploads)
    }

    private static func upload(_ file: String, relativeTo folder: URL, node: YAMLNode) throws(CommandFailure) -> MaterialUpload {
        let url = file.hasPrefix("/") ? URL(fileURLWithPath: file) : folder.appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw problem(node, en: "cannot read the file \(file)", zh: "无法读取文件 \(file)")
        }
        return MaterialUpload(name: url.lastPathComponent, bytes: [UInt8](data))
    }

    private static func problem(_ node: YAMLNode, en: String, zh: String) -> CommandFailure {
        CommandFailure(.inputErrors, LocalizedMessage(en: en, zh: zh).located(node.path, node.start))
    }
}

extension LocalizedMessage {
    /// `path:line:column: message`, as every diagnostic of the tool starts.
    func located(_ path: String, _ location: SourceLocation) -> LocalizedMessage {
        LocalizedMessage(
            en: "\(path):\(location.line):\(location.column): error: \(en)",
            zh: "\(path):\(location.line):\(location.column): 错误：\(zh)")
    }
}
