import LexModel
import MeetyDiagnostics

/// What an import reports to: the source's name and where its entities are, and the warnings
/// about settings the bot format cannot express.
struct ImportContext {
    /// The source as the user named it.
    let label: String
    /// Where each entity of the source is.
    let sources: LexSourceMap
    /// The warnings.
    var bag = DiagnosticBag()

    /// Where `entity` is: its span in a template, else its file below the export's bot folder.
    func span(_ entity: LexEntity) -> SourceSpan {
        sources[entity] ?? .startOf("\(label)/\(entity.exportFile)")
    }

    /// Warns that `setting` (a Lex key path) of `entity` cannot be expressed; `outcome` says what
    /// the YAML keeps instead.
    mutating func lose(_ entity: LexEntity, _ setting: String, _ outcome: String) {
        bag.warning(.importNotExpressible, "\(setting) of \(Self.name(entity)): \(outcome)", at: span(entity))
    }

    /// The entity as messages name it.
    static func name(_ entity: LexEntity) -> String {
        switch entity {
        case .bot: "the bot"
        case .locale(let locale): "locale '\(locale)'"
        case .intent(let locale, let intent): "intent '\(intent)' (\(locale))"
        case .slot(let locale, let intent, let slot): "slot '\(slot)' of intent '\(intent)' (\(locale))"
        case .slotType(let locale, let slotType): "slot type '\(slotType)' (\(locale))"
        }
    }
}
