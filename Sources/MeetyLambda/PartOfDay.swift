import CodeHooks
import LexFacts

/// The day parts AMAZON.Time resolves `morning`, `afternoon`, `evening` and `night` to.
enum PartOfDay: String, CaseIterable, Sendable {
    /// Morning.
    case morning = "MO"
    /// Afternoon.
    case afternoon = "AF"
    /// Evening.
    case evening = "EV"
    /// Night.
    case night = "NI"

    /// The word used in replies.
    var name: String {
        switch self {
        case .morning: "morning"
        case .afternoon: "afternoon"
        case .evening: "evening"
        case .night: "night"
        }
    }

    /// The start times offered when the user names this part of the day.
    var candidates: [TimeOfDay] {
        let hours: [Int] =
            switch self {
            case .morning: [9, 10, 11]
            case .afternoon: [13, 14, 15]
            case .evening: [17, 18, 19]
            case .night: [20, 21, 22]
            }
        return hours.map { TimeOfDay(hour: $0, minute: 0)! }
    }
}
