import CodeHooks
import LexFacts

/// A generated MeetyBot regression suite: the test benchmark's workload.
///
/// Each script is a realistic booking of about eight turns against a day that already has an
/// approved, a pending and a rejected meeting, in one of four shapes: a conflict and a free retry
/// (sometimes approved by the admin afterwards), a one-sentence booking after a greeting, two users
/// racing for one slot, and a declined confirmation. Dates, times, durations and names are said in
/// varied ways. Every expectation is computed from the scenario, so every script passes against
/// `bots/meetybot.yaml` and its LexLambda; a failing script means the simulator or the hooks changed.
public struct SyntheticSuite: Sendable {
    /// How many scripts.
    public let scripts: Int
    /// The seed of the scenario choices.
    public let seed: UInt64

    /// Creates the workload of `scripts` scripts.
    public init(scripts: Int, seed: UInt64 = 20_261_120) {
        self.scripts = scripts
        self.seed = seed
    }

    /// One generated script file.
    public struct File: Sendable {
        /// Its display path (`synthetic/00042.yaml`).
        public var path: String
        /// Its text.
        public var text: String
        /// The user turns it holds.
        public var turns: Int
    }

    /// Every script file, in order.
    public func files() -> [File] {
        var random = SplitMix64(seed: seed)
        return (0..<scripts).map { index in
            var script = ScriptText(index: index, random: &random)
            script.write(&random)
            return File(
                path: "synthetic/\(String(index).leftPadded(to: 5)).yaml", text: script.text, turns: script.turns)
        }
    }
}

/// The text of one synthetic script while it is written.
private struct ScriptText {
    let index: Int
    let now: CalendarDate
    let day: CalendarDate
    let name: String
    var text = ""
    var turns = 0

    private static let names = ["Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi", "Ivan", "Judy"]
    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    /// Free starts (as said, as resolved); each is free for 60 minutes on the seeded day.
    private static let freeTimes = [
        ("11:00", "11:00"), ("11 am", "11:00"), ("2 pm", "14:00"), ("3pm", "15:00"), ("4:30 pm", "16:30"),
        ("half past eleven in the morning", "11:30"),
    ]
    /// Starts inside a seeded meeting (as said, the clashing range).
    private static let clashingTimes = [
        ("10:30", "10:00-11:00"), ("10:15", "10:00-11:00"), ("10 am", "10:00-11:00"), ("1:15 pm", "13:00-13:30"),
    ]
    private static let durations = [("half an hour", 30), ("an hour", 60), ("30 minutes", 30), ("one hour", 60)]

    init(index: Int, random: inout SplitMix64) {
        self.index = index
        let base = CalendarDate(year: 2026, month: 1, day: 5)!
        now = base.adding(days: index % 330)
        day = now.adding(days: 1 + Int(random.next() % 14))
        name = random.pick(Self.names)
    }

    mutating func write(_ random: inout SplitMix64) {
        let shape = random.next() % 100
        switch shape {
        case 0..<45: conflictThenFreeSlot(&random, approve: shape.isMultiple(of: 2))
        case 45..<70: greetingThenOneSentence(&random)
        case 70..<85: race(&random)
        default: declined(&random)
        }
    }

    // MARK: Scenarios

    private mutating func conflictThenFreeSlot(_ random: inout SplitMix64, approve: Bool) {
        let (clashSaid, clashRange) = random.pick(Self.clashingTimes)
        let (freeSaid, start) = random.pick(Self.freeTimes)
        let (durationSaid, minutes) = random.pick(Self.durations)
        header("conflict then a free slot", tags: ["conflict"])
        turn("I want to book a meeting", ["intent: BookMeeting", "action: ElicitSlot", "slot: FullName"])
        turn("my name is \(name)", ["slots: {FullName: \(name)}"])
        turn(datePhrase(&random), ["slots: {MeetingDate: \(day.iso)}"])
        turn(clashSaid, ["slot: MeetingTime", "bot: {contains: \"\(clashRange)\"}"])
        turn(freeSaid, ["slots: {MeetingTime: \"\(start)\"}"])
        turn(durationSaid, ["slots: {MeetingDuration: \"\(minutes)\"}"])
        turn(email, ["action: ConfirmIntent"])
        turn("yes", ["state: Fulfilled", "bot: {contains: \"from \(start) to \(end(start, minutes))\"}"])
        if approve { text += "  - approve: {attendeeName: \(name)}\n" }
        created([(name, start, minutes, approve ? "approved" : "pending")])
    }

    private mutating func greetingThenOneSentence(_ random: inout SplitMix64) {
        let (_, start) = random.pick(Self.freeTimes)
        header("greeting then a one-sentence booking", tags: ["booking"])
        turn("Hello", ["intent: StartMeety", "state: Fulfilled"])
        turn(
            "book a meeting on \(day.iso) at \(start)",
            ["action: ElicitSlot", "slot: FullName", "slots: {MeetingDate: \(day.iso), MeetingTime: \"\(start)\"}"])
        turn(name, ["slots: {FullName: \(name)}"])
        turn("an hour", ["slots: {MeetingDuration: \"60\"}"])
        turn(email, ["bot: \"Book 60 minutes on \(day.iso) at \(start) for \(name)?\""])
        turn("yes", ["state: Fulfilled", "bot: {matches: \"^Thanks \(name), your 60-minute meeting\"}"])
        created([(name, start, 60, "pending")])
    }

    private mutating func race(_ random: inout SplitMix64) {
        let start = random.pick(["11:00", "14:00", "16:30"])
        let later = end(start, 30)
        let rival = name == "Zoe" ? "Yann" : "Zoe"
        header("two users race for one slot", tags: ["race"])
        for user in ["first", "second"] {
            turn("book a meeting on \(day.iso) at \(start)", ["slot: FullName"], as: user)
        }
        turn(name, [], as: "first")
        turn(rival, ["slots: {FullName: \(rival)}"], as: "second")
        turn("30 minutes", [], as: "first")
        turn("thirty minutes", [], as: "second")
        turn(email, ["action: ConfirmIntent"], as: "first")
        turn("\(rival.lowercased())@example.org", ["action: ConfirmIntent"], as: "second")
        turn("yes", ["state: Fulfilled"], as: "first")
        turn(
            "yes", ["action: ElicitSlot", "slot: MeetingTime", "bot: {contains: \"is \(later).\"}"], as: "second")
        turn(later, ["action: ConfirmIntent"], as: "second")
        turn("yes", ["state: Fulfilled", "bot: {contains: \"from \(later) to \(end(later, 30))\"}"], as: "second")
        created([(name, start, 30, "pending"), (rival, later, 30, "pending")])
    }

    private mutating func declined(_ random: inout SplitMix64) {
        let (freeSaid, start) = random.pick(Self.freeTimes)
        header("a declined confirmation leaves no record", tags: ["declined"])
        turn("can you help me book a meeting", ["slot: FullName"])
        turn("I am \(name)", [])
        turn(datePhrase(&random), ["slots: {MeetingDate: \(day.iso)}"])
        turn(freeSaid, ["slots: {MeetingTime: \"\(start)\"}"])
        turn("30 min", [])
        turn("send it to \(email)", ["action: ConfirmIntent"])
        turn("no", ["state: Failed", "confirmation: Denied"])
        text += "expect:\n  meetings:\n    absent:\n      - {attendeeName: \(name)}\n    count: {pending: 1}\n"
    }

    // MARK: Pieces

    private var email: String { "\(name.lowercased())@example.com" }

    /// The seeded day, said one of several ways relative to `now`.
    private func datePhrase(_ random: inout SplitMix64) -> String {
        let offset = day.dayNumber - now.dayNumber
        switch random.next() % 5 {
        case 0: return day.iso
        case 1: return offset == 1 ? "tomorrow" : "in \(offset) days"
        case 2: return "\(day.month)/\(day.day)"
        case 3: return "\(Self.months[day.month - 1]) \(day.day)"
        default: return "let's meet \(day.iso)"
        }
    }

    private func end(_ start: String, _ minutes: Int) -> String {
        let total = Int(start.prefix(2))! * 60 + Int(start.suffix(2))! + minutes
        return String(total / 60).leftPadded(to: 2) + ":" + String(total % 60).leftPadded(to: 2)
    }

    private mutating func header(_ title: String, tags: [String]) {
        text += "name: synthetic \(index) \(title)\n"
        text += "now: \(now.iso)T09:00\n"
        text += "tags: [bench, \(tags.joined(separator: ", "))]\n"
        text += "given:\n  meetings:\n"
        for (id, start, end, status) in [
            ("a", "10:00", "11:00", "approved"), ("b", "13:00", "13:30", "pending"),
            ("c", "15:00", "16:00", "rejected"),
        ] {
            let minutes = start == "13:00" ? "30" : "60"
            text += "    - {meetingId: s\(index)-\(id), attendeeName: Ann, email: ann@example.com, date: \(day.iso), "
            text += "startTime: \"\(start)\", endTime: \"\(end)\", duration: \"\(minutes)\", status: \(status)}\n"
        }
        text += "turns:\n"
    }

    private mutating func turn(_ user: String, _ expectations: [String], as session: String? = nil) {
        turns += 1
        text += "  - user: \"\(user)\"\n"
        if let session { text += "    as: \(session)\n" }
        for expectation in expectations { text += "    \(expectation)\n" }
    }

    private mutating func created(_ meetings: [(String, String, Int, String)]) {
        text += "expect:\n  meetings:\n    created:\n"
        for (attendee, start, minutes, status) in meetings {
            text += "      - {attendeeName: \(attendee), date: \(day.iso), startTime: \"\(start)\", "
            text += "endTime: \"\(end(start, minutes))\", status: \(status)}\n"
        }
    }
}

extension String {
    /// The text with zeros in front up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
