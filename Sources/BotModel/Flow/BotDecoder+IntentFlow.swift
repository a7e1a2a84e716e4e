import MeetyDiagnostics
import YAMLNode

/// Decoding of an intent's flow settings: the initial response, what follows fulfillment, and the
/// input and output contexts.
extension BotDecoder {
    /// The keys of an initial response.
    static let initialResponseKeys = outcomeKeys + ["hook"]
    /// The keys of `fulfillment`.
    static let fulfillmentKeys = ["success", "failure", "timeout"]
    /// The keys of an output context.
    static let outputContextKeys = ["name", "turns", "ttl"]
    /// Lex's limit on an intent's input contexts.
    static let maximumInputContexts = 5
    /// Lex's limit on an intent's output contexts.
    static let maximumOutputContexts = 10

    /// `initialResponse`: a message alone, or a mapping with `say`, `then`, `branches`, `else` and `hook`.
    func initialResponse(_ node: YAMLNode, of intent: String, bag: inout DiagnosticBag) -> InitialResponseDefinition? {
        let what = "the initial response of \(intent)"
        guard node.mapping != nil else {
            return outcome(node, what, bag: &bag).map { InitialResponseDefinition(outcome: $0) }
        }
        guard let reader = MappingReader(node, subject: what, knownKeys: Self.initialResponseKeys, bag: &bag) else {
            return nil
        }
        return InitialResponseDefinition(
            outcome: outcome(reader, what, bag: &bag),
            hook: reader["hook"].flatMap { stepHook($0, "the code hook of \(what)", bag: &bag) })
    }

    /// `fulfillment`: what follows success, failure and timeout of the fulfillment step.
    func fulfillment(_ node: YAMLNode, of intent: String, bag: inout DiagnosticBag) -> FulfillmentDefinition? {
        let what = "the fulfillment of \(intent)"
        guard let reader = MappingReader(node, subject: what, knownKeys: Self.fulfillmentKeys, bag: &bag) else {
            return nil
        }
        return FulfillmentDefinition(
            success: reader["success"].flatMap { outcome($0, "the success of \(what)", bag: &bag) },
            failure: reader["failure"].flatMap { outcome($0, "the failure of \(what)", bag: &bag) },
            timeout: reader["timeout"].flatMap { outcome($0, "the timeout of \(what)", bag: &bag) },
            span: node.span)
    }

    /// `inputContexts`: a context name or a list of them.
    func inputContexts(_ node: YAMLNode, of intent: String, bag: inout DiagnosticBag) -> [Located<String>] {
        let what = "'inputContexts' of \(intent)"
        guard let names = node.stringList(what, allowSingle: true, bag: &bag) else { return [] }
        if names.count > Self.maximumInputContexts {
            bag.error(
                .valueOutOfRange, "\(what) has \(names.count) contexts, more than Lex's \(Self.maximumInputContexts)",
                at: names[Self.maximumInputContexts].span)
        }
        return names
    }

    /// `outputContexts`: a list of `{name, turns, ttl}`.
    func outputContexts(_ node: YAMLNode, of intent: String, bag: inout DiagnosticBag) -> [OutputContextDefinition] {
        let what = "'outputContexts' of \(intent)"
        guard let items = node.list(what, bag: &bag) else { return [] }
        if items.count > Self.maximumOutputContexts {
            bag.error(
                .valueOutOfRange, "\(what) has \(items.count) contexts, more than Lex's \(Self.maximumOutputContexts)",
                at: items[Self.maximumOutputContexts].span)
        }
        return items.enumerated().compactMap { index, item in
            let subject = "output context \(index + 1) of \(intent)"
            guard let reader = MappingReader(item, subject: subject, knownKeys: Self.outputContextKeys, bag: &bag)
            else { return nil }
            let name = reader.required("name", bag: &bag)?.string("'name' of \(subject)", bag: &bag)
            let turns = reader.required("turns", bag: &bag)?.integer("'turns' of \(subject)", in: 1...20, bag: &bag)
            let ttl = reader.required("ttl", bag: &bag)?.integer("'ttl' of \(subject)", in: 5...86_400, bag: &bag)
            guard let name, let turns, let ttl else { return nil }
            return OutputContextDefinition(name: name, turns: turns, timeToLive: ttl, span: reader.mapping.span)
        }
    }
}
