import MeetyDiagnostics

/// Evaluates CloudFormation's intrinsic functions in the part of a template that describes a bot,
/// as far as they can be evaluated without a stack: parameters take their defaults, conditions are
/// evaluated on them, `Fn::Sub`, `Fn::Join`, `Fn::Select`, `Fn::Split` and `Fn::FindInMap` are
/// computed. What only a stack knows (`Fn::GetAtt`, `Fn::ImportValue`, a resource's `Ref`, pseudo
/// parameters such as `AWS::StackName`) is a `template-unresolved` warning, and the value the
/// warning names is used instead.
struct IntrinsicResolver {
    /// The template's parameters (their declarations).
    let parameters: [String: TemplateNode]
    /// The template's conditions.
    let conditions: [String: TemplateNode]
    /// The template's mappings.
    let mappings: TemplateNode?
    /// The logical ids of the template's resources.
    let resources: Set<String>

    /// The values pseudo parameters take when a template is read outside a stack.
    static let pseudoParameters: [String: String] = [
        "AWS::AccountId": "123456789012", "AWS::Region": "us-east-1", "AWS::StackName": "stack",
        "AWS::StackId": "arn:aws:cloudformation:us-east-1:123456789012:stack/stack/id", "AWS::Partition": "aws",
        "AWS::URLSuffix": "amazonaws.com", "AWS::NotificationARNs": "",
    ]

    /// `node` with every intrinsic evaluated; `nil` when the value is removed (`AWS::NoValue`, a
    /// false `Fn::If` branch that removes it, or a function that cannot be evaluated).
    func resolve(_ node: TemplateNode, depth: Int = 0, into bag: inout DiagnosticBag) -> TemplateNode? {
        guard depth < 100 else {
            bag.warning(.templateUnresolved, "intrinsic functions are nested too deeply to evaluate", at: node.span)
            return nil
        }
        if let (name, argument) = node.intrinsic {
            return call(name, argument, at: node.span, depth: depth + 1, into: &bag)
        }
        switch node {
        case .text, .null:
            return node
        case .mapping(let entries, let span):
            var resolved: [(key: String, value: TemplateNode)] = []
            for entry in entries {
                if let value = resolve(entry.value, depth: depth + 1, into: &bag) {
                    resolved.append((entry.key, value))
                }
            }
            return .mapping(resolved, span)
        case .sequence(let items, let span):
            return .sequence(items.compactMap { resolve($0, depth: depth + 1, into: &bag) }, span)
        }
    }

    private func call(
        _ name: String, _ argument: TemplateNode, at span: SourceSpan, depth: Int, into bag: inout DiagnosticBag
    ) -> TemplateNode? {
        switch name {
        case "Ref":
            return reference(argument, at: span, depth: depth, into: &bag)
        case "Fn::Sub":
            return substitute(argument, at: span, depth: depth, into: &bag)
        case "Fn::Join":
            guard let items = argument.items, items.count == 2, let separator = text(items[0], depth, &bag),
                let list = resolve(items[1], depth: depth, into: &bag)?.items
            else { return malformed(name, at: span, into: &bag) }
            let parts = list.compactMap { text($0, depth, &bag) }
            return .text(parts.joined(separator: separator), span)
        case "Fn::Select":
            guard let items = argument.items, items.count == 2,
                let index = text(items[0], depth, &bag).flatMap(Int.init),
                let list = resolve(items[1], depth: depth, into: &bag)?.items, list.indices.contains(index)
            else { return malformed(name, at: span, into: &bag) }
            return list[index]
        case "Fn::Split":
            guard let items = argument.items, items.count == 2, let separator = text(items[0], depth, &bag),
                !separator.isEmpty, let whole = text(items[1], depth, &bag)
            else { return malformed(name, at: span, into: &bag) }
            let parts = whole.split(separator: separator, omittingEmptySubsequences: false)
            return .sequence(parts.map { .text(String($0), span) }, span)
        case "Fn::FindInMap":
            guard let items = argument.items, items.count >= 3, let map = text(items[0], depth, &bag),
                let top = text(items[1], depth, &bag), let second = text(items[2], depth, &bag),
                let value = mappings?[map]?[top]?[second]
            else { return malformed(name, at: span, into: &bag) }
            return resolve(value, depth: depth, into: &bag)
        case "Fn::If":
            guard let items = argument.items, items.count == 3, let condition = items[0].text else {
                return malformed(name, at: span, into: &bag)
            }
            guard let holds = evaluate(condition: condition, at: span, depth: depth, into: &bag) else { return nil }
            return resolve(holds ? items[1] : items[2], depth: depth, into: &bag)
        default:
            bag.warning(
                .templateUnresolved,
                "\(name) cannot be evaluated outside a deployed stack; the value is left out", at: span)
            return nil
        }
    }

    /// `Ref`: a parameter's default, a pseudo parameter's stand-in, or a resource's logical id.
    private func reference(_ argument: TemplateNode, at span: SourceSpan, depth: Int, into bag: inout DiagnosticBag)
        -> TemplateNode?
    {
        guard let name = argument.text else { return malformed("Ref", at: span, into: &bag) }
        if name == "AWS::NoValue" { return nil }
        if let parameter = parameters[name] {
            guard let value = parameter["Default"] else {
                bag.warning(
                    .templateUnresolved,
                    "parameter '\(name)' has no Default; its name is used as its value", at: span)
                return .text(name, span)
            }
            return resolve(value, depth: depth, into: &bag).map { value in
                if case .text(let text, _) = value { return .text(text, span) }
                return value
            }
        }
        if let stand = Self.pseudoParameters[name] {
            bag.warning(
                .templateUnresolved, "pseudo parameter '\(name)' has no value outside a stack; '\(stand)' is used",
                at: span)
            return .text(stand, span)
        }
        bag.warning(
            .templateUnresolved,
            resources.contains(name)
                ? "Ref of resource '\(name)' is known only in a deployed stack; the logical id is used"
                : "Ref names '\(name)', which is neither a parameter nor a resource of the template; the name is used",
            at: span)
        return .text(name, span)
    }

    /// `Fn::Sub`: `${Name}` replaced by a parameter, pseudo parameter or variable; `${!Text}` is `${Text}`.
    private func substitute(_ argument: TemplateNode, at span: SourceSpan, depth: Int, into bag: inout DiagnosticBag)
        -> TemplateNode?
    {
        var variables: [String: String] = [:]
        let template: String
        if let items = argument.items {
            guard items.count == 2, let first = items[0].text else { return malformed("Fn::Sub", at: span, into: &bag) }
            template = first
            for entry in items[1].entries ?? [] { variables[entry.key] = text(entry.value, depth, &bag) ?? "" }
        } else if let whole = argument.text {
            template = whole
        } else {
            return malformed("Fn::Sub", at: span, into: &bag)
        }
        var result = ""
        var rest = Substring(template)
        while let open = rest.range(of: "${") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else {
                result += rest[open.lowerBound...]
                rest = ""
                break
            }
            let name = String(rest[open.upperBound..<close])
            rest = rest[rest.index(after: close)...]
            if name.hasPrefix("!") {
                result += "${" + name.dropFirst() + "}"
            } else if let value = variables[name] {
                result += value
            } else if name.contains("."), !(parameters[name] != nil) {
                bag.warning(
                    .templateUnresolved,
                    "Fn::Sub names '${\(name)}', a resource attribute known only in a deployed stack; it is kept as written",
                    at: span)
                result += "${" + name + "}"
            } else if let value = reference(.text(name, span), at: span, depth: depth, into: &bag).flatMap(\.text) {
                result += value
            }
        }
        result += rest
        return .text(result, span)
    }

    /// Evaluates a named condition.
    private func evaluate(condition name: String, at span: SourceSpan, depth: Int, into bag: inout DiagnosticBag)
        -> Bool?
    {
        guard let definition = conditions[name], depth < 100 else {
            bag.warning(.templateUnresolved, "condition '\(name)' is not defined in the template", at: span)
            return nil
        }
        return evaluate(definition, depth: depth + 1, into: &bag)
    }

    private func evaluate(_ node: TemplateNode, depth: Int, into bag: inout DiagnosticBag) -> Bool? {
        guard let (name, argument) = node.intrinsic, depth < 100 else {
            bag.warning(.templateUnresolved, "a condition is malformed", at: node.span)
            return nil
        }
        let items = argument.items ?? []
        switch name {
        case "Condition":
            return argument.text.flatMap { evaluate(condition: $0, at: node.span, depth: depth, into: &bag) }
        case "Fn::Equals" where items.count == 2:
            guard let left = text(items[0], depth, &bag), let right = text(items[1], depth, &bag) else { return nil }
            return left == right
        case "Fn::Not" where items.count == 1:
            return evaluate(items[0], depth: depth + 1, into: &bag).map { !$0 }
        case "Fn::And", "Fn::Or":
            let values = items.map { evaluate($0, depth: depth + 1, into: &bag) }
            guard !values.contains(where: { $0 == nil }) else { return nil }
            let flags = values.compactMap { $0 }
            return name == "Fn::And" ? flags.allSatisfy { $0 } : flags.contains(true)
        default:
            bag.warning(.templateUnresolved, "\(name) cannot be evaluated as a condition", at: node.span)
            return nil
        }
    }

    /// The text a value resolves to.
    private func text(_ node: TemplateNode, _ depth: Int, _ bag: inout DiagnosticBag) -> String? {
        resolve(node, depth: depth + 1, into: &bag)?.text
    }

    private func malformed(_ name: String, at span: SourceSpan, into bag: inout DiagnosticBag) -> TemplateNode? {
        bag.warning(.templateUnresolved, "\(name) is malformed or refers to something the template lacks", at: span)
        return nil
    }
}
