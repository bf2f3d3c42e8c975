import FlowDiagnostics
public import FlowEngine
public import SmartCard

/// Finds the reader a UKEY operation uses and opens the key in it.
public enum UKeyReader {
    /// Opens the key in `reader` (nil: the one reader holding a key), runs `body`, and closes the
    /// key, resetting it, whatever happens. PC/SC and card failures become bilingual provider errors.
    public static func withCard<T>(
        reader: String?, _ body: (UKeyCard) throws(UKeyCardError) -> Result<T, ProviderError>
    ) throws(ProviderError) -> T {
        let outcome: Result<T, ProviderError>
        do {
            let context = try CardContext()
            let card = UKeyCard(try context.connect(to: try choose(reader, in: context)))
            defer { card.connection.disconnect() }
            outcome = try body(card)
        } catch let failure as UKeyCardError {
            throw PCSCMessages.error(failure)
        } catch let failure as SmartCardError {
            throw PCSCMessages.error(.pcsc(failure))
        } catch let failure as ProviderError {
            throw failure
        } catch {
            throw ProviderError(provider: PCSCMessages.provider, message: LocalizedMessage(en: "\(error)", zh: "\(error)"))
        }
        return try outcome.get()
    }

    /// `named` when it is connected; else the one reader that holds a card. Two keys inserted with
    /// no reader named is refused rather than guessed.
    public static func choose(_ named: String?, in context: CardContext) throws -> String {
        let readers = try context.readers()
        if let named {
            guard readers.contains(named) else {
                throw ProviderError(provider: PCSCMessages.provider, message: LocalizedMessage(
                    en: "card reader \"\(named)\" is not connected; connected: \(readers.isEmpty ? "none" : readers.joined(separator: ", "))",
                    zh: "读卡器“\(named)”未连接；已连接：\(readers.isEmpty ? "无" : readers.joined(separator: "、"))"))
            }
            return named
        }
        guard !readers.isEmpty else { throw SmartCardError(function: "SCardListReaders", code: .noReadersAvailable) }
        let holding = try readers.filter { try context.state(of: $0).cardPresent }
        guard holding.count <= 1 else {
            throw ProviderError(provider: PCSCMessages.provider, message: LocalizedMessage(
                en: "UKEYs are inserted in \(holding.count) readers (\(holding.joined(separator: ", "))); leave one in, or name the reader",
                zh: "\(holding.count) 个读卡器中都插有 UKEY（\(holding.joined(separator: "、"))），请只保留一个，或指定读卡器"))
        }
        guard let only = holding.first else { throw SmartCardError(function: "SCardConnect", code: .noSmartcard) }
        return only
    }
}
