/// Bounds that keep hostile YAML from exhausting time or memory.
///
/// Bot and conversation files are written by people and may come from anywhere; an alias bomb
/// (billion laughs), a 10,000-level nesting or a multi-gigabyte file must end in a diagnostic, fast.
/// The defaults are far above anything a real bot needs (a 1,000-intent bot is a few megabytes,
/// about ten levels deep; MeetyBot has about 300 nodes, a 1,000-intent bot with 100 utterances each
/// about 110,000) and low enough that reaching any of them costs under a second even in a debug
/// build: building a node costs about a microsecond there.
public struct YAMLLimits: Sendable, Hashable {
    /// The largest accepted input, in bytes.
    public var maxBytes: Int
    /// The deepest accepted nesting of mappings and sequences.
    public var maxDepth: Int
    /// The most nodes a document may have once aliases are expanded.
    public var maxNodes: Int
    /// The most text, in bytes, that expanding aliases may add: a long anchored text repeated by
    /// many aliases multiplies the work of every rule without growing the file.
    public var maxAliasBytes: Int

    /// Creates limits.
    public init(
        maxBytes: Int = YAMLLimits.defaultMaxBytes,
        maxDepth: Int = 64,
        maxNodes: Int = 250_000,
        maxAliasBytes: Int = 1024 * 1024
    ) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxAliasBytes = maxAliasBytes
    }

    /// 32 MiB.
    public static let defaultMaxBytes = 32 * 1024 * 1024

    /// The limits used unless a caller chooses others.
    public static let `default` = YAMLLimits()
}
