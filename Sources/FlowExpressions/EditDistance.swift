/// The candidate closest to `name` by edit distance, for "did you mean" hints; nil when
/// none is close enough to be a likely typo.
///
/// "Close enough" allows one edit per three characters of `name` (at least one, at most
/// three), the rule compilers use so a short name does not "suggest" an unrelated one.
/// Ties go to the alphabetically first candidate so messages are stable. `name` itself
/// is never suggested.
public func suggestion(for name: String, among candidates: some Sequence<String>) -> String? {
    let target = Array(name.unicodeScalars)
    // Longer names are not typos of identifiers; skipping them bounds the quadratic work.
    guard !target.isEmpty, target.count <= EditDistance.maxScalars else { return nil }
    let limit = min(3, max(1, (target.count + 2) / 3))
    var best: (distance: Int, candidate: String)?
    for candidate in candidates where candidate != name {
        let scalars = Array(candidate.unicodeScalars)
        guard abs(scalars.count - target.count) <= limit, scalars.count <= EditDistance.maxScalars else { continue }
        let distance = EditDistance.distance(target, scalars)
        guard distance <= limit else { continue }
        if let current = best,
           current.distance < distance || (current.distance == distance && current.candidate <= candidate) {
            continue
        }
        best = (distance, candidate)
    }
    return best?.candidate
}

/// The number of single-character insertions, deletions, substitutions and adjacent
/// transpositions that turn `a` into `b` (optimal string alignment distance).
public func editDistance(_ a: String, _ b: String) -> Int {
    EditDistance.distance(Array(a.unicodeScalars), Array(b.unicodeScalars))
}

/// The dynamic-programming core, over Unicode scalars so a Chinese name counts one per character.
enum EditDistance {
    /// Names longer than this get no suggestion.
    static let maxScalars = 64

    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Three rolling rows: the transposition case looks two rows back.
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
