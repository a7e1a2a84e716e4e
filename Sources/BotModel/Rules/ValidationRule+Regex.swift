import LexFacts
import MeetyDiagnostics

extension ValidationRule {
    /// Regex slot types have a pattern of 1 to 300 characters in the regex subset Lex accepts.
    public static let slotRegexesUseLexSyntax = ValidationRule(
        "slotRegexesUseLexSyntax",
        code: .invalidSlotRegex
    ) { bot, bag in
        for locale in bot.locales {
            for slotType in locale.slotTypes {
                guard case .regex(let pattern) = slotType.kind else { continue }
                let subject = "regex \(TextSite.quote(pattern.value)) of slot type '\(slotType.name.value)'"
                let length = pattern.value.utf16.count
                if pattern.value.isEmpty {
                    bag.error(
                        .invalidSlotRegex, "regex of slot type '\(slotType.name.value)' is empty", at: pattern.span)
                } else if length > LexLimits.regexLength {
                    bag.error(
                        .invalidSlotRegex,
                        "\(subject) is \(length) characters long, more than Lex's limit of \(LexLimits.regexLength)",
                        at: pattern.span
                    )
                } else if let problem = SlotRegex.problem(in: pattern.value) {
                    bag.error(
                        .invalidSlotRegex,
                        "\(subject) is not one Lex accepts: \(problem); Lex allows letters, digits, \\uXXXX, "
                            + "[classes], (groups), |, ? and the repeats {n} and {n,m}",
                        at: pattern.span
                    )
                }
            }
        }
    }
}
