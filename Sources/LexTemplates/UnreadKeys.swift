import LexModel

/// Finds what a decoder passed over: keys with a value in the input that the model, written back,
/// does not have. The Lex model ignores unknown keys (newer consoles add some), so without this
/// check a template setting the model does not know would vanish without a word.
enum UnreadKeys {
    /// The key paths (`valueElicitationSetting.slotResolutionSetting`) of `input` that `readBack` lacks.
    static func find(in input: JSONValue, readBack: JSONValue, path: String = "") -> [String] {
        switch (input, readBack) {
        case (.object(let members), .object(let read)):
            var found: [String] = []
            for (key, value) in members.sorted(by: { $0.key < $1.key }) where !isEmpty(value) {
                let child = path.isEmpty ? key : path + "." + key
                if let other = read[key], other != .null {
                    found += find(in: value, readBack: other, path: child)
                } else {
                    found.append(child)
                }
            }
            return found
        case (.array(let items), .array(let read)) where items.count == read.count:
            return zip(items, read).enumerated().flatMap { index, pair in
                find(in: pair.0, readBack: pair.1, path: "\(path)[\(index)]")
            }
        default:
            return []
        }
    }

    private static func isEmpty(_ value: JSONValue) -> Bool {
        switch value {
        case .null: true
        case .array(let items): items.isEmpty
        case .object(let members): members.isEmpty
        default: false
        }
    }
}
