/// "Did you mean" hints for names a hook got slightly wrong (`ElicitSlots`, `MeetingTme`).
///
/// CodeHooks does not depend on MeetyDiagnostics, whose `Suggestions` does the same for YAML
/// diagnostics; this keeps the same behaviour (case-insensitive Levenshtein distance, accepted
/// only when small for the name's length) without adding the dependency.
enum NameSuggestion {
    /// ` (did you mean 'x'?)` when a close candidate exists, otherwise the empty string.
    static func hint(for name: String, among candidates: [String]) -> String {
        closest(to: name, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// The closest candidate (ties go to the first), or `nil` when none is plausibly meant.
    static func closest(to name: String, among candidates: [String]) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let distance = levenshtein(target, Array(candidate.lowercased().unicodeScalars))
            if distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        guard let best else { return nil }
        let longer = max(target.count, best.candidate.unicodeScalars.count)
        let allowed = max(1, min(3, (longer + 2) / 4))
        return best.distance <= allowed ? best.candidate : nil
    }

    /// The number of single-scalar insertions, deletions and substitutions between `a` and `b`.
    static func levenshtein(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var row = Array(0...b.count)
        for (i, left) in a.enumerated() {
            var diagonal = row[0]
            row[0] = i + 1
            for (j, right) in b.enumerated() {
                let above = row[j + 1]
                row[j + 1] = min(above + 1, row[j] + 1, diagonal + (left == right ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}
