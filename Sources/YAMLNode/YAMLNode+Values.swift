import MeetyDiagnostics

/// Field-level conversions: every conversion knows what it expects and reports a `type-mismatch`
/// or `value-out-of-range` error at the value when the text does not fit.
extension YAMLNode {
    /// The node as text; a mapping, a list or a null value is a type error.
    /// - Parameters:
    ///   - what: The field, for messages ("'name' of the bot"); formatted only for a diagnostic.
    ///   - bag: Receives the diagnostic.
    public func string(_ what: @autoclosure () -> String, bag: inout DiagnosticBag) -> Located<String>? {
        guard case .scalar(let scalar) = self, !scalar.isNull else {
            bag.error(.typeMismatch, "expected text for \(what()), found \(kindDescription)", at: span)
            return nil
        }
        return Located(scalar.value, at: scalar.span)
    }

    /// The node as a boolean: exactly `true` or `false` (no `yes`, `on` or `1`).
    public func bool(_ what: @autoclosure () -> String, bag: inout DiagnosticBag) -> Located<Bool>? {
        if case .scalar(let scalar) = self, scalar.style == .plain {
            switch scalar.value {
            case "true", "True", "TRUE": return Located(true, at: scalar.span)
            case "false", "False", "FALSE": return Located(false, at: scalar.span)
            default: break
            }
        }
        bag.error(.typeMismatch, "expected true or false for \(what()), found \(kindDescription)", at: span)
        return nil
    }

    /// The node as an integer within `range`.
    public func integer(_ what: @autoclosure () -> String, in range: ClosedRange<Int>, bag: inout DiagnosticBag)
        -> Located<Int>?
    {
        guard case .scalar(let scalar) = self, scalar.style == .plain, let value = Int(scalar.value) else {
            bag.error(.typeMismatch, "expected a whole number for \(what()), found \(kindDescription)", at: span)
            return nil
        }
        guard range.contains(value) else {
            bag.error(
                .valueOutOfRange,
                "\(what()) is \(value), outside the allowed range \(range.lowerBound)...\(range.upperBound)",
                at: span
            )
            return nil
        }
        return Located(value, at: scalar.span)
    }

    /// The node as a decimal number within `range`.
    public func number(_ what: @autoclosure () -> String, in range: ClosedRange<Double>, bag: inout DiagnosticBag)
        -> Located<Double>?
    {
        guard case .scalar(let scalar) = self, scalar.style == .plain, let value = Double(scalar.value),
            value.isFinite
        else {
            bag.error(.typeMismatch, "expected a number for \(what()), found \(kindDescription)", at: span)
            return nil
        }
        guard range.contains(value) else {
            bag.error(
                .valueOutOfRange,
                "\(what()) is \(scalar.value), outside the allowed range \(range.lowerBound)...\(range.upperBound)",
                at: span
            )
            return nil
        }
        return Located(value, at: scalar.span)
    }

    /// The node's items when it is a list; anything else is a type error.
    public func list(_ what: @autoclosure () -> String, bag: inout DiagnosticBag) -> [YAMLNode]? {
        guard case .sequence(let sequence) = self else {
            bag.error(.typeMismatch, "expected a list for \(what()), found \(kindDescription)", at: span)
            return nil
        }
        return sequence.items
    }

    /// A list of text items (each checked), or a single text accepted as a one-item list when
    /// `allowSingle` is set.
    public func stringList(_ what: @autoclosure () -> String, allowSingle: Bool = false, bag: inout DiagnosticBag)
        -> [Located<String>]?
    {
        if allowSingle, case .scalar(let scalar) = self, !scalar.isNull {
            return [Located(scalar.value, at: scalar.span)]
        }
        guard let items = list(what(), bag: &bag) else { return nil }
        var result: [Located<String>] = []
        for item in items {
            if let text = item.string("an item of \(what())", bag: &bag) { result.append(text) }
        }
        return result
    }

    /// The node's entries when it is a mapping; anything else is a type error.
    public func entries(_ what: @autoclosure () -> String, bag: inout DiagnosticBag) -> [YAMLMapping.Entry]? {
        guard case .mapping(let mapping) = self else {
            bag.error(.typeMismatch, "expected a mapping for \(what()), found \(kindDescription)", at: span)
            return nil
        }
        return mapping.entries
    }
}
