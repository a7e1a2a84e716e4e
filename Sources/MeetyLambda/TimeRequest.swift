import CodeHooks
import LexFacts

/// What the MeetingTime slot asks for: one start time, or something the user must narrow down.
enum TimeRequest: Sendable, Equatable {
    /// A single start time (never 24:00).
    case exact(TimeOfDay)
    /// Several candidates and no interpreted value (`at 3` → 03:00 or 15:00), sorted.
    case ambiguous([TimeOfDay])
    /// A part of the day (`morning` → `MO`), which is a range, not a start.
    case partOfDay(PartOfDay)
}
