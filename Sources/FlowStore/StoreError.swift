/// What the store refuses, with what a caller needs to explain it.
public enum StoreError: Error, Sendable, Equatable {
    /// Another commit changed the order since it was read at `expected`.
    case staleOrder(order: String, expected: Int64, actual: Int64)
    /// An open order already holds this subject or certificate.
    case guardTaken(kind: GuardKind, key: String, existingOrder: String)
    case orderNotFound(String)
    /// A new order's number is already another order's.
    case orderIDTaken(String)
    /// An order's pinned definition is missing (the database was edited by hand).
    case definitionMissing(String)
}
