import BotModel

/// The code hooks a run can choose: what `--code-hook` and a bot file's `codeHook` may say
/// (`CodeHookSpecText`), turned into specs the runner attaches.
///
/// The runner ships only `none`; the command line registers the others (MeetyBot's `meety`, and a
/// factory for hooks in other languages), so the runner depends on no hook's code.
public struct CodeHookCatalog: Sendable {
    /// Makes the spec of a hook that runs in its own process (Python, Node.js, a custom runtime, an
    /// Invoke API), from the text as written, the parsed text, the folder its paths are relative to,
    /// and extra environment values (`codeHook.env`).
    public typealias ForeignFactory =
        @Sendable (
            _ text: String, _ spec: CodeHookSpecText, _ baseDirectory: String, _ environment: [String: String]
        ) throws -> any CodeHookSpec

    private var builtIns: [String: any CodeHookSpec] = [:]
    private var foreign: ForeignFactory?

    /// A catalog with `none`, the given built-in specs and, if given, the factory for foreign hooks.
    public init(_ specs: [any CodeHookSpec] = [], foreign: ForeignFactory? = nil) {
        register(NoCodeHook())
        for spec in specs { register(spec) }
        self.foreign = foreign
    }

    /// Adds (or replaces) a built-in spec under its name.
    public mutating func register(_ spec: any CodeHookSpec) {
        builtIns[spec.name] = spec
    }

    /// The built-in spec named `name`, if any.
    public func spec(named name: String) -> (any CodeHookSpec)? { builtIns[name] }

    /// Every built-in name, sorted.
    public var names: [String] { builtIns.keys.sorted() }

    /// The spec `text` says, with paths relative to `baseDirectory`.
    /// - Throws: `CodeHookCatalogError` when the text does not parse, names no known built-in, or
    ///   names a foreign hook this catalog cannot run.
    public func spec(
        for text: String, relativeTo baseDirectory: String, environment: [String: String] = [:]
    ) throws(CodeHookCatalogError) -> any CodeHookSpec {
        let parsed: CodeHookSpecText
        switch CodeHookSpecText.parse(text) {
        case .success(let value): parsed = value
        case .failure(let error): throw CodeHookCatalogError(message: "code hook '\(text)' \(error.problem)")
        }
        if case .builtIn(let name) = parsed {
            guard let spec = builtIns[name] else {
                throw CodeHookCatalogError(message: "code hook '\(name)' is not available here")
            }
            return spec
        }
        guard let foreign else {
            throw CodeHookCatalogError(
                message: "code hook '\(text)' runs in its own process, which this run cannot host")
        }
        do {
            return try foreign(text, parsed, baseDirectory, environment)
        } catch {
            throw CodeHookCatalogError(message: "code hook '\(text)' cannot run: \(error)")
        }
    }
}

/// A code-hook spec that cannot be used.
public struct CodeHookCatalogError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, naming the spec.
    public var message: String

    /// The message.
    public var description: String { message }
}
