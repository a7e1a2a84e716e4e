/// The code hooks a run can choose by name: what `--code-hook` and a bot file's `codeHook` may say.
///
/// The runner ships only `none`; the command line registers the others (MeetyBot's `meety`), so
/// the runner depends on no hook's code. Lookup is by exact name.
public struct CodeHookCatalog: Sendable {
    private var specs: [String: any CodeHookSpec] = [:]

    /// A catalog with `none` and the given specs.
    public init(_ specs: [any CodeHookSpec] = []) {
        register(NoCodeHook())
        for spec in specs { register(spec) }
    }

    /// Adds (or replaces) a spec under its name.
    public mutating func register(_ spec: any CodeHookSpec) {
        specs[spec.name] = spec
    }

    /// The spec named `name`, if any.
    public func spec(named name: String) -> (any CodeHookSpec)? { specs[name] }

    /// Every name, sorted, for messages ("must be meety or none").
    public var names: [String] { specs.keys.sorted() }
}
