import MeetyDiagnostics

/// The conversations of one file: a single script at the top level, or a list under
/// `conversations:`.
///
/// The shape is kept so tools can describe a file the way its author wrote it; everything else
/// works on `scripts`, which is the same in both shapes.
public struct ConversationFile: Sendable, Hashable {
    /// How the file holds its scripts.
    public enum Shape: Sendable, Hashable {
        /// The root mapping is one script.
        case single
        /// The root mapping has only `conversations:`, a list of scripts.
        case list
    }

    /// The display path of the file.
    public var file: String
    /// How the file holds its scripts.
    public var shape: Shape
    /// The scripts, in author order (at least one).
    public var scripts: [ConversationScript]

    /// Creates a file.
    public init(file: String, shape: Shape, scripts: [ConversationScript]) {
        self.file = file
        self.shape = shape
        self.scripts = scripts
    }
}
