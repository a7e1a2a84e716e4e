/// The slots of MeetyBot's `BookMeeting` intent (DESIGN §3), in elicitation priority order.
///
/// The hooks name slots through this type only, so a renamed slot is one edit, and each slot
/// carries the prompt the bot uses for it: re-elicitation messages end with the same question.
public enum BookingSlot: String, CaseIterable, Sendable {
    /// AMAZON.FirstName: who the meeting is for.
    case fullName = "FullName"
    /// AMAZON.Date: the day.
    case meetingDate = "MeetingDate"
    /// AMAZON.Time: the start time.
    case meetingTime = "MeetingTime"
    /// Custom type with values "30" and "60": the length in minutes.
    case meetingDuration = "MeetingDuration"
    /// AMAZON.EmailAddress: where the invitation goes.
    case attendeeEmail = "AttendeeEmail"

    /// The intent these slots belong to.
    public static let intentName = "BookMeeting"

    /// The question that elicits the slot, as in the bot definition.
    public var prompt: String {
        switch self {
        case .fullName: "What is your name?"
        case .meetingDate: "Which day would you like to meet?"
        case .meetingTime: "What time should the meeting start?"
        case .meetingDuration: "How long should it be, 30 or 60 minutes?"
        case .attendeeEmail: "What email address should I send the invitation to?"
        }
    }

    /// How replies refer to the slot's value ("I need the start time").
    public var noun: String {
        switch self {
        case .fullName: "your name"
        case .meetingDate: "the date"
        case .meetingTime: "the start time"
        case .meetingDuration: "the duration"
        case .attendeeEmail: "your email address"
        }
    }
}
