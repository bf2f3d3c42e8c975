/// A value kept behind one reference and copied only when written through a shared reference:
/// copying a `Step` or a `Field` (every `for step in flow.steps` does) then costs one reference
/// count instead of copying dozens of strings and arrays one by one.
struct SharedStorage<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    /// Never written while shared: only `update`, in this file, writes, and it makes a new box first.
    final class Box: @unchecked Sendable {
        fileprivate(set) var value: Value

        init(_ value: Value) {
            self.value = value
        }
    }

    /// Read a property as `storage.box.value.id`: a class's stored property is read in place, where
    /// a getter returning the whole value may copy all of it first. Writes go through `update`.
    private(set) var box: Box

    init(_ value: Value) {
        box = Box(value)
    }

    /// Changes the value in place when this is its only reference, or a copy of it otherwise.
    mutating func update(_ change: (inout Value) -> Void) {
        if !isKnownUniquelyReferenced(&box) {
            box = Box(box.value)
        }
        change(&box.value)
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.box === rhs.box || lhs.box.value == rhs.box.value
    }

    func hash(into hasher: inout Hasher) {
        box.value.hash(into: &hasher)
    }

    /// Encoded as the value itself, so a model type's encoding (and a compiled flow's content
    /// hash) is the same as with the value's properties stored in place.
    init(from decoder: any Decoder) throws {
        self.init(try Value(from: decoder))
    }

    func encode(to encoder: any Encoder) throws {
        try box.value.encode(to: encoder)
    }
}
