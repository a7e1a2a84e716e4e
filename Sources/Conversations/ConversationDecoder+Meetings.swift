import MeetingRecords
import MeetyDiagnostics
import YAMLNode

extension ConversationDecoder {
    /// The keys of `expect.meetings`.
    static let meetingExpectationKeys = ["created", "absent", "count"]
    /// The largest count `expect.meetings.count` accepts.
    static let maxMeetingCount = 1_000_000

    /// Decodes `given.meetings`: complete records, unique by `meetingId`.
    func decodeSeededMeetings(_ node: YAMLNode, bag: inout DiagnosticBag) -> [SeededMeeting] {
        guard let items = node.list("'given.meetings'", bag: &bag) else { return [] }
        var meetings: [SeededMeeting] = []
        var firstId: [String: SourceSpan] = [:]
        for (offset, item) in items.enumerated() {
            guard
                let meeting = decodeSeededMeeting(item, subject: "meeting \(offset + 1) of 'given.meetings'", bag: &bag)
            else { continue }
            if let earlier = firstId[meeting.meetingId.value] {
                bag.error(
                    .duplicateMeetingId,
                    "meetingId '\(meeting.meetingId.value)' is already used by another seeded meeting",
                    at: meeting.meetingId.span,
                    notes: [Diagnostic.Note("'\(meeting.meetingId.value)' first used here", at: earlier)]
                )
            } else {
                firstId[meeting.meetingId.value] = meeting.meetingId.span
            }
            meetings.append(meeting)
        }
        return meetings
    }

    private func decodeSeededMeeting(_ node: YAMLNode, subject: @autoclosure () -> String, bag: inout DiagnosticBag)
        -> SeededMeeting?
    {
        guard let mapping = node.mapping else {
            bag.error(
                .typeMismatch, "expected a mapping of record fields for \(subject()), found \(node.kindDescription)",
                at: node.span)
            return nil
        }
        let conditions = recordConditions(mapping, subject: subject(), bag: &bag)
        let listed = Set(conditions.map(\.field.value))
        let missing = MeetingField.allCases.filter { !listed.contains($0) && mapping.entry($0.rawValue) == nil }
        if !missing.isEmpty {
            let names = missing.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            bag.error(
                .missingKey,
                "\(subject()) is missing \(missing.count == 1 ? "field" : "fields") \(names); "
                    + "a seeded meeting lists every field",
                at: mapping.span
            )
        }
        let values = Dictionary(conditions.map { ($0.field.value, $0.value) }, uniquingKeysWith: { first, _ in first })
        guard listed.count == MeetingField.allCases.count,
            let id = values[.meetingId], let name = values[.attendeeName], let email = values[.email],
            let date = values[.date], let start = values[.startTime], let end = values[.endTime],
            let duration = values[.duration], let status = values[.status],
            let statusValue = MeetingStatus(rawValue: status.value)
        else { return nil }
        checkTimes(start: start, end: end, duration: duration, subject: subject(), bag: &bag)
        return SeededMeeting(
            meetingId: id, attendeeName: name, email: email, date: date, startTime: start, endTime: end,
            duration: duration, status: Located(statusValue, at: status.span), span: mapping.span
        )
    }

    /// Reports an end not after the start, or a duration that is not end minus start.
    private func checkTimes(
        start: Located<String>,
        end: Located<String>,
        duration: Located<String>,
        subject: @autoclosure () -> String,
        bag: inout DiagnosticBag
    ) {
        switch MeetingField.spanProblem(startTime: start.value, endTime: end.value, duration: duration.value) {
        case nil:
            return
        case .endNotAfterStart:
            bag.error(
                .invalidRecordValue,
                "endTime '\(end.value)' of \(subject()) is not after its startTime '\(start.value)'",
                at: end.span)
        case .durationDisagrees(let actual):
            bag.error(
                .invalidRecordValue,
                "duration '\(duration.value)' of \(subject()) disagrees with \(start.value)-\(end.value), "
                    + "which is \(actual) minutes",
                at: duration.span
            )
        }
    }

    /// Decodes a record selector; an empty one is an error unless `allowEmpty` (a `created` entry).
    func decodeSelector(_ node: YAMLNode, what: @autoclosure () -> String, allowEmpty: Bool, bag: inout DiagnosticBag)
        -> MeetingSelector?
    {
        guard let mapping = node.mapping else {
            bag.error(
                .typeMismatch,
                "expected a mapping of record fields for \(what()), found \(node.kindDescription); "
                    + "write for example {attendeeName: Alice, date: 2026-11-23}",
                at: node.span
            )
            return nil
        }
        let conditions = recordConditions(mapping, subject: what(), bag: &bag)
        if mapping.entries.isEmpty && !allowEmpty {
            bag.error(.emptySelector, "\(what()) names no field, so it would match every meeting", at: mapping.span)
            return nil
        }
        return MeetingSelector(conditions: conditions, span: mapping.span)
    }

    /// The `field: text` pairs of a record mapping; unknown fields and malformed values are errors.
    private func recordConditions(
        _ mapping: YAMLMapping,
        subject: @autoclosure () -> String,
        bag: inout DiagnosticBag
    ) -> [MeetingSelector.Condition] {
        var conditions: [MeetingSelector.Condition] = []
        for entry in mapping.entries {
            guard let field = MeetingField(rawValue: entry.key.value) else {
                let names = MeetingField.allCases.map(\.rawValue)
                let hint = Suggestions.hint(for: entry.key.value, among: names)
                bag.error(
                    .unknownRecordField,
                    "'\(entry.key.preview)' in \(subject()) is not a field of a meeting record\(hint); "
                        + "the fields are \(names.joined(separator: ", "))",
                    at: entry.key.span
                )
                continue
            }
            guard let value = entry.value.string("'\(field.rawValue)' of \(subject())", bag: &bag) else { continue }
            if let problem = field.problem(with: value.value) {
                let shown = entry.value.scalar?.preview ?? value.value
                bag.error(
                    .invalidRecordValue, "\(field.rawValue) '\(shown)' of \(subject()) \(problem)", at: value.span)
                continue
            }
            conditions.append(MeetingSelector.Condition(field: Located(field, at: entry.key.span), value: value))
        }
        return conditions
    }

    /// Decodes `expect.meetings`.
    func decodeMeetingExpectations(_ node: YAMLNode, bag: inout DiagnosticBag) -> MeetingExpectations? {
        let subject = "'expect.meetings'"
        guard let reader = MappingReader(node, subject: subject, knownKeys: Self.meetingExpectationKeys, bag: &bag)
        else {
            return nil
        }
        var created: Located<[MeetingSelector]>?
        if let createdNode = reader.mapping["created"],
            let items = createdNode.list("'created' of \(subject)", bag: &bag)
        {
            let selectors = items.enumerated().compactMap { offset, item in
                decodeSelector(item, what: "created meeting \(offset + 1)", allowEmpty: true, bag: &bag)
            }
            created = Located(selectors, at: createdNode.span)
        }
        var absent: [MeetingSelector] = []
        if let absentNode = reader.mapping["absent"], let items = absentNode.list("'absent' of \(subject)", bag: &bag) {
            absent = items.enumerated().compactMap { offset, item in
                decodeSelector(item, what: "absent selector \(offset + 1)", allowEmpty: false, bag: &bag)
            }
        }
        var counts: [MeetingExpectations.StatusCount] = []
        let statuses = MeetingStatus.allCases.map(\.rawValue)
        if let countNode = reader.mapping["count"],
            let countReader = MappingReader(countNode, subject: "'count' of \(subject)", knownKeys: statuses, bag: &bag)
        {
            for entry in countReader.mapping.entries {
                guard let status = MeetingStatus(rawValue: entry.key.value),
                    let count = entry.value.integer("the \(status) count", in: 0...Self.maxMeetingCount, bag: &bag)
                else { continue }
                counts.append(.init(status: Located(status, at: entry.key.span), count: count))
            }
        }
        return MeetingExpectations(created: created, absent: absent, counts: counts, span: reader.mapping.span)
    }
}
