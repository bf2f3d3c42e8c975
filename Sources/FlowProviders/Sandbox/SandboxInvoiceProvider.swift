public import FlowEngine
import FlowDiagnostics
import Foundation

/// The sandbox e-invoice service: writes the PDF itself (``InvoicePDF``) and saves downloads in
/// `invoices/` of the sandbox folder (mode 0600), or in the system's temporary folder without one.
public struct SandboxInvoiceProvider: InvoiceProvider {
    static let provider = "sandbox invoice"

    private let directory: String

    public var kind: ProviderKind { .sandbox }

    public init(directory: String?) {
        self.directory = (directory ?? NSTemporaryDirectory() + "channelflow-sandbox") + "/invoices"
    }

    public func issue(_ invoice: InvoiceContent) async throws(ProviderError) -> [UInt8] {
        InvoicePDF.document(invoice)
    }

    public func save(_ pdf: [UInt8], number: String) throws(ProviderError) -> String {
        let path = directory + "/" + number + ".pdf"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: path, contents: Data(pdf), attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteUnknown)
            }
        } catch {
            throw ProviderError(provider: Self.provider, message: .init(
                en: "cannot write the invoice \(path): \(error)", zh: "无法写入发票文件 \(path)：\(error)"))
        }
        return path
    }
}
