/// A compiled regex filter of a custom slot type (parent AMAZON.AlphaNumeric), matched against a
/// whole value.
///
/// Lex allows a restricted syntax (`SlotRegexGrammar`, the one grammar the compiler's validation
/// and the simulator share): letters and digits, `\uXXXX`, character classes with ranges,
/// groups, `|`, `?`, `{n}` and `{n,m}`; no `.`, `*`, `+` or `{n,}`. Because there are no
/// unbounded repeats and a regex-checked value is at most 30 characters, the matcher runs the
/// pattern as a set-of-positions automaton (no backtracking, no Foundation), compiled once per
/// slot type when the bot is loaded.
public struct SlotRegex: Sendable {
    /// The longest value Lex stores in a slot whose type has a regex filter.
    public static let maximumValueLength = 30

    /// A node of the parsed pattern.
    public indirect enum Node: Sendable, Equatable {
        /// One character from the set.
        case character(CharacterSet)
        /// The nodes one after another.
        case sequence([Node])
        /// Any one of the nodes.
        case alternation([Node])
        /// The node `min` to `max` times.
        case repetition(Node, min: Int, max: Int)
    }

    /// A set of Unicode scalars given as ranges (Lex has no negated classes).
    public struct CharacterSet: Sendable, Equatable {
        /// The scalar values in the set.
        public var ranges: [ClosedRange<UInt32>]

        /// Whether `scalar` is in the set.
        public func contains(_ scalar: Unicode.Scalar) -> Bool {
            ranges.contains { $0.contains(scalar.value) }
        }
    }

    /// The pattern as written.
    public let pattern: String
    /// The parsed pattern.
    public let root: Node

    /// Compiles `pattern`, throwing a message that names the first construct Lex rejects.
    public init(_ pattern: String) throws(SlotRegexError) {
        self.pattern = pattern
        switch SlotRegexGrammar.parse(pattern) {
        case .success(let root): self.root = root
        case .failure(let error): throw error
        }
    }

    /// Why Lex rejects `pattern` ("'.' at character 6 is a wildcard, which Lex does not allow"), or
    /// `nil` when it accepts it. The length limit (`LexLimits`) is checked by the caller.
    public static func problem(in pattern: String) -> String? {
        if case .failure(let error) = SlotRegexGrammar.parse(pattern) { return error.message }
        return nil
    }

    /// Whether the whole of `value` matches.
    public func matches(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        guard scalars.count <= Self.maximumValueLength else { return false }
        let end: UInt64 = 1 << UInt64(scalars.count)
        return Self.advance(root, from: 1, over: scalars) & end != 0
    }

    /// The positions reachable after `node` from any position in `positions` (bit i = position i).
    private static func advance(_ node: Node, from positions: UInt64, over scalars: [Unicode.Scalar]) -> UInt64 {
        switch node {
        case .character(let set):
            var result: UInt64 = 0
            for index in scalars.indices where positions & (1 << UInt64(index)) != 0 && set.contains(scalars[index]) {
                result |= 1 << UInt64(index + 1)
            }
            return result
        case .sequence(let nodes):
            var current = positions
            for node in nodes where current != 0 {
                current = advance(node, from: current, over: scalars)
            }
            return current
        case .alternation(let nodes):
            return nodes.reduce(0) { $0 | advance($1, from: positions, over: scalars) }
        case .repetition(let node, let min, let max):
            var current = positions
            var result: UInt64 = min == 0 ? positions : 0
            var count = 0
            while count < max, current != 0 {
                current = advance(node, from: current, over: scalars)
                count += 1
                guard count >= min else { continue }
                // Later rounds can only reach positions an earlier round already reached.
                if current & ~result == 0 { break }
                result |= current
            }
            return result
        }
    }
}

/// Why a regex filter could not be compiled.
public struct SlotRegexError: Error, Hashable, Sendable {
    /// What is wrong, naming the construct and its 1-based character position.
    public let message: String

    /// Creates an error.
    public init(message: String) {
        self.message = message
    }
}
