import CodeHooks
import LexFacts
import MeetyAWS
import MeetyLambda

extension DynamoDBMeetingStore {
    /// Books `meeting` if it overlaps no `pending` or `approved` meeting of its date, atomically.
    ///
    /// Each attempt reads the day (version item, then the active meetings), checks the conflict
    /// in Swift, and commits one `TransactWriteItems`: a `Put` of the record with
    /// `attribute_not_exists(meetingId)`, and an `Update` of the version item conditioned on the
    /// version read (or on its absence) that increments it. If another booking or approval of
    /// the same day committed in between, the version condition cancels the transaction and the
    /// attempt is repeated from the read, a bounded number of times with jittered backoff. A
    /// `rejected` record blocks nothing: it is a single conditional `PutItem`.
    public func insertIfFree(_ meeting: Meeting) async throws(MeetingStoreError) -> InsertOutcome {
        guard !DayVersion.isReserved(meeting.meetingId) else {
            throw .unavailable(
                "meetingId '\(meeting.meetingId)' is reserved: ids starting with '#' are the store's bookkeeping items")
        }
        guard meeting.isActive else {
            try await putNew(meeting)
            return .inserted(meeting)
        }
        for attempt in 1...options.contention.maximumAttempts {
            let day = try await readDay(meeting.date)
            let clashes = day.clashes(with: meeting)
            guard clashes.isEmpty else {
                if try await self.meeting(id: meeting.meetingId) != nil { throw .duplicateMeetingId(meeting.meetingId) }
                return .conflict(clashes)
            }
            let put: AWSJSON = [
                "Put": [
                    "TableName": .string(options.tableName), "Item": MeetingItem.item(meeting),
                    "ConditionExpression": "attribute_not_exists(meetingId)",
                ]
            ]
            let update = day.version.transactionUpdate(table: options.tableName, active: day.activeIDs(adding: meeting))
            switch try await transact([put, update], attempt: attempt) {
            case .committed:
                return .inserted(meeting)
            case .conditionFailed(0):
                throw .duplicateMeetingId(meeting.meetingId)
            case .conditionFailed, .conflicted:
                if attempt < options.contention.maximumAttempts { try await backOff(beforeRetry: attempt) }
            }
        }
        throw .unavailable(
            "gave up booking \(meeting.meetingId) after \(options.contention.maximumAttempts) attempts: "
                + "other writers kept changing \(meeting.date.iso)")
    }

    /// How a guarded transaction ended.
    enum TransactionOutcome {
        /// Every action applied.
        case committed
        /// Nothing applied: the action at this index failed its condition.
        case conditionFailed(Int)
        /// Nothing applied: another transaction was working on the same items (`TransactionConflict`).
        case conflicted
    }

    /// Runs `TransactWriteItems`; a cancellation is an outcome, any other failure an error.
    ///
    /// The `ClientRequestToken` is derived from the actions and the attempt number: the client's
    /// own retries of this request (after a 5xx whose outcome is unknown) reuse it, so a
    /// transaction that did commit is not applied twice, while the next attempt after a
    /// cancellation gets a token of its own.
    func transact(_ actions: [AWSJSON], attempt: Int) async throws(MeetingStoreError) -> TransactionOutcome {
        var input: [String: AWSJSON] = ["TransactItems": .array(actions)]
        input["ClientRequestToken"] = .string(
            DynamoDBClient.idempotencyToken(for: ["actions": .array(actions), "attempt": .number(Double(attempt))]))
        do {
            _ = try await client.send("TransactWriteItems", .object(input))
            return .committed
        } catch let error where error.type == "TransactionCanceledException" {
            let reasons = error.cancellationReasons
            if let index = reasons.firstIndex(of: "ConditionalCheckFailed") { return .conditionFailed(index) }
            if reasons.contains("TransactionConflict") { return .conflicted }
            throw .unavailable("DynamoDB TransactWriteItems failed: \(error.type): \(error.message)")
        } catch {
            throw .unavailable("DynamoDB TransactWriteItems failed: \(error.type): \(error.message)")
        }
    }

    /// The day as a writer must see it: the version item first (strongly consistent), then the
    /// active meetings from `StatusIndex`, completed by strongly consistent reads of the ids the
    /// version item records but the (eventually consistent) index does not show yet.
    func readDay(_ date: CalendarDate) async throws(MeetingStoreError) -> DayView {
        let dayID = DayVersion.idPrefix + date.iso
        let answer = try await call(
            "GetItem",
            ["TableName": .string(options.tableName), "Key": MeetingItem.key(dayID), "ConsistentRead": true])
        let version = try DayVersion(date: date, item: answer["Item"])
        var active: [String: Meeting] = [:]
        for meeting in try await activeMeetings(on: date) { active[meeting.meetingId] = meeting }
        for id in version.activeIDs.sorted() where active[id] == nil {
            if let meeting = try await meeting(id: id), meeting.isActive, meeting.date == date {
                active[id] = meeting
            }
        }
        return DayView(version: version, active: active.values.sorted(by: Meeting.storeOrder))
    }

    /// Writes a record that must not exist yet.
    /// - Throws: `.duplicateMeetingId` when it does.
    func putNew(_ meeting: Meeting) async throws(MeetingStoreError) {
        do {
            _ = try await client.send(
                "PutItem",
                [
                    "TableName": .string(options.tableName), "Item": MeetingItem.item(meeting),
                    "ConditionExpression": "attribute_not_exists(meetingId)",
                ])
        } catch let error where error.type == "ConditionalCheckFailedException" {
            throw .duplicateMeetingId(meeting.meetingId)
        } catch {
            throw .unavailable("DynamoDB PutItem failed: \(error.type): \(error.message)")
        }
    }
}
