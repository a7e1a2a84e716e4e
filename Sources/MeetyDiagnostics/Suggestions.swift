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
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars), cappedAt: maxLimit + 1)
            if best == nil || distance < best!.distance {
                best = (candidate, distance)
            }
        }
        guard let best else { return nil }
        let limit = max(1, min(maxLimit, (max(target.count, best.name.count) + 2) / 4))
        return best.distance <= limit ? best.name : nil
    }

    /// The largest distance ever suggested: beyond it, exact distances do not matter.
    private static let maxLimit = 3

    /// ` (did you mean 'x'?)` when a suggestion exists, otherwise the empty string.
    public static func hint(for name: String, among candidates: some Sequence<String>) -> String {
        closest(to: name, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// The Levenshtein distance between two scalar arrays, or `cap` when it is `cap` or more.
    ///
    /// Only the diagonal band of width `cap` is computed and the scan stops once a whole row is at
    /// least `cap`, so comparing two long names costs O(length × cap), not O(length²): names come
    /// from files written by anyone, and a 50,000-character slot reference must not take minutes.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], cappedAt cap: Int = .max) -> Int {
        if abs(a.count - b.count) >= cap { return cap }
        if a.isEmpty { return min(b.count, cap) }
        if b.isEmpty { return min(a.count, cap) }
        let band = cap == .max ? a.count + b.count : cap
        let outside = cap == .max ? Int.max / 2 : cap
        var previous = (0...b.count).map { $0 <= band ? $0 : outside }
        var current = [Int](repeating: outside, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - band)
            let high = min(b.count, i + band)
            current[0] = i <= band ? i : outside
            if low > 1 { current[low - 1] = outside }
            var rowMinimum = current[0]
            if low <= high {
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    rowMinimum = min(rowMinimum, current[j])
                }
            }
            if high < b.count { current[high + 1] = outside }
            if rowMinimum >= cap { return cap }
            swap(&previous, &current)
        }
        return min(previous[b.count], cap)
    }
}
