import MeetyDiagnostics

/// An intent with its locale and its flow points, for the conversation-flow rules.
///
/// A class, so the many next-step and condition sites that refer to it share one copy.
final class FlowIntentSite: Sendable {
    /// The intent's locale.
    let locale: LocaleDefinition
    /// The intent.
    let intent: IntentDefinition
    /// The intent's flow points (`IntentDefinition.flowPoints(fallbackIntent:)`).
    let points: [FlowPoint]
    /// The locale's intents by name (shared by every site of the locale).
    let intentsByName: [String: IntentDefinition]

    /// Creates a site.
    init(
        locale: LocaleDefinition, intent: IntentDefinition, points: [FlowPoint],
        intentsByName: [String: IntentDefinition]
    ) {
        self.locale = locale
        self.intent = intent
        self.points = points
        self.intentsByName = intentsByName
    }

    /// The slot of the intent named `name`, if any.
    func slot(_ name: String) -> SlotDefinition? { intent.slots.first { $0.name.value == name } }
}

/// A next step the author wrote, with where it is.
struct NextStepSite {
    /// The step.
    var step: NextStepDefinition
    /// The flow point it belongs to.
    var point: FlowPoint
    /// The branch it is the next step of: its name, `nil` for the point's own `then`, or
    /// `defaultBranchName` for `else`.
    var branch: String?
    /// The intent and locale.
    var site: FlowIntentSite

    /// The name `branch` has for the default branch.
    static let defaultBranchName = "\u{0}else"

    /// Where the step is, for messages: `branch 'TooLong' of the capture of slot 'MeetingTime'`.
    var location: String {
        switch branch {
        case nil: point.kind.description
        case Self.defaultBranchName?: "the default branch of \(point.kind.description)"
        case let name?: "branch '\(name)' of \(point.kind.description)"
        }
    }

    /// `next step 'ElicitSlot X' in <location> of intent 'I'`.
    var subject: String {
        "next step '\(step.summary)' in \(location) of intent '\(site.intent.name.value)'"
    }

    /// The intent the step elicits or sets slots of.
    var targetIntentName: String { step.targetIntent(current: site.intent.name.value) }

    /// The intent the step elicits or sets slots of, when the locale has it.
    var targetIntent: IntentDefinition? { site.intentsByName[targetIntentName] }
}

extension LocaleDefinition {
    /// The name of the locale's fallback intent, the target of the failure next steps the compiler
    /// writes (`FallbackIntent` when the locale has none, which validation reports).
    public var fallbackIntentName: String {
        intents.first(where: \.isFallback)?.name.value ?? "FallbackIntent"
    }
}

extension BotDefinition {
    /// Every intent that has flow settings, with its flow points. The others are left out: their
    /// points hold only the format's defaults, with no branch, written step or hook to check, and
    /// a locale of a thousand plain intents stays as fast to validate as before flows existed.
    var flowIntents: [FlowIntentSite] {
        locales.flatMap { locale -> [FlowIntentSite] in
            let intents = locale.intents.filter(\.hasFlowSettings)
            guard !intents.isEmpty else { return [] }
            let fallback = locale.fallbackIntentName
            let byName = Dictionary(locale.intents.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
            return intents.map { intent in
                FlowIntentSite(
                    locale: locale, intent: intent, points: intent.flowPoints(fallbackIntent: fallback),
                    intentsByName: byName)
            }
        }
    }

    /// Every next step the author wrote, in flow order.
    var nextStepSites: [NextStepSite] {
        flowIntents.flatMap { site in
            site.points.flatMap { point in
                point.writtenSteps.map { NextStepSite(step: $0.step, point: point, branch: $0.branch, site: site) }
            }
        }
    }

    /// Every condition written, with its branch, point and intent.
    var conditionSites:
        [(
            condition: ConditionDefinition, branch: BranchDefinition, point: FlowPoint,
            site: FlowIntentSite
        )]
    {
        flowIntents.flatMap { site in
            site.points.flatMap { point in
                point.branches.map { (condition: $0.condition, branch: $0, point: point, site: site) }
            }
        }
    }
}

extension FlowPoint {
    /// The next steps written at this point: its own `then`, each branch's, and the default branch's.
    var writtenSteps: [(step: NextStepDefinition, branch: String?)] {
        var steps: [(step: NextStepDefinition, branch: String?)] = []
        if let next = flow?.next { steps.append((next, nil)) }
        for branch in branches { steps.append((branch.next, branch.name.value)) }
        if let next = flow?.otherwise?.next { steps.append((next, NextStepSite.defaultBranchName)) }
        return steps
    }
}
