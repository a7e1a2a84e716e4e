/// Finds the candidate closest to a misspelled name, for "did you mean" hints.
///
/// Uses case-insensitive Levenshtein distance and only suggests a candidate when the distance is
/// small relative to the name's length, so a hint is offered for typos (`utterence`,
/// `MeetingTme`) but not for unrelated words.
public enum Suggestions {
    /// The closest candidate to `name`, or `nil` when nothing is plausibly meant.
    /// - Parameters:
    ///   - name: What the user wrote.
    ///   - candidates: The valid names, in a stable order (ties go to the first).
    public static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            if best == nil || distance < best!.distance {
                best = (candidate, distance)
            }
        }
        guard let best else { return nil }
        let limit = max(1, min(3, (max(target.count, best.name.count) + 2) / 4))
        return best.distance <= limit ? best.name : nil
    }

    /// ` (did you mean 'x'?)` when a suggestion exists, otherwise the empty string.
    public static func hint(for name: String, among candidates: some Sequence<String>) -> String {
        closest(to: name, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// The Levenshtein distance between two scalar arrays.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
