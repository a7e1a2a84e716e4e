import CodeHooks
import MeetingRecords
import MeetyAWS
import MeetyLambda

extension DynamoDBMeetingStore {
    /// Marks a meeting approved.
    ///
    /// `approved` stays as it is. `pending` becomes `approved` with one `UpdateItem` conditioned
    /// on `attribute_exists(meetingId)` and on the status still being `pending` (the meeting's
    /// slot is already held, so no check is needed). A `rejected` meeting gets its slot checked
    /// like a booking and is made active by a transaction that also moves the day's version on,
    /// so it cannot race a booking of the same slot. A condition lost to a concurrent status
    /// change restarts from the read.
    @discardableResult
    public func approve(meetingId: String) async throws(MeetingStoreError) -> Meeting {
        let attempts = options.contention.maximumAttempts
        for attempt in 1...attempts {
            guard let current = try await meeting(id: meetingId) else { throw .notFound(meetingId: meetingId) }
            var approved = current
            approved.status = .approved
            switch current.status {
            case .approved:
                return current
            case .pending:
                if try await setStatus(meetingId, to: .approved, expecting: .pending) != nil { return approved }
            case .rejected:
                let day = try await readDay(current.date)
                let clashes = day.clashes(with: current)
                guard clashes.isEmpty else { throw .conflict(meetingId: meetingId, with: clashes) }
                let update: AWSJSON = [
                    "Update": [
                        "TableName": .string(options.tableName), "Key": MeetingItem.key(meetingId),
                        "UpdateExpression": "SET #status = :new",
                        "ConditionExpression": "attribute_exists(meetingId) AND #status = :old",
                        "ExpressionAttributeNames": ["#status": "status"],
                        "ExpressionAttributeValues": [":new": ["S": "approved"], ":old": ["S": "rejected"]],
                    ]
                ]
                let version = day.version.transactionUpdate(
                    table: options.tableName, active: day.activeIDs(adding: current))
                if case .committed = try await transact([update, version], attempt: attempt) { return approved }
            }
            if attempt < attempts { try await backOff(beforeRetry: attempt) }
        }
        throw .unavailable("gave up approving \(meetingId) after \(attempts) attempts: its day kept changing")
    }

    /// Marks a meeting rejected, freeing its slot: one `UpdateItem` conditioned on
    /// `attribute_exists(meetingId)`. Freeing a slot needs no version bump: a writer that read
    /// the day before still counts the meeting as busy, which can only refuse, never double-book.
    @discardableResult
    public func reject(meetingId: String) async throws(MeetingStoreError) -> Meeting {
        guard let updated = try await setStatus(meetingId, to: .rejected, expecting: nil) else {
            throw .notFound(meetingId: meetingId)
        }
        return updated
    }

    /// Sets a record's status with `UpdateItem`, if the record exists (and has status
    /// `expecting`, when given). Returns the updated record, or `nil` when the condition failed.
    func setStatus(
        _ meetingId: String, to status: MeetingStatus, expecting: MeetingStatus?
    ) async throws(MeetingStoreError) -> Meeting? {
        guard !meetingId.isEmpty, !DayVersion.isReserved(meetingId) else { return nil }
        var condition = "attribute_exists(meetingId)"
        var values: [String: AWSJSON] = [":new": ["S": .string(status.rawValue)]]
        if let expecting {
            condition += " AND #status = :old"
            values[":old"] = ["S": .string(expecting.rawValue)]
        }
        let answer: AWSJSON
        do {
            answer = try await client.send(
                "UpdateItem",
                [
                    "TableName": .string(options.tableName), "Key": MeetingItem.key(meetingId),
                    "UpdateExpression": "SET #status = :new", "ConditionExpression": .string(condition),
                    "ExpressionAttributeNames": ["#status": "status"], "ExpressionAttributeValues": .object(values),
                    "ReturnValues": "ALL_NEW",
                ])
        } catch let error where error.type == "ConditionalCheckFailedException" {
            return nil
        } catch {
            throw .unavailable("DynamoDB UpdateItem failed: \(error.type): \(error.message)")
        }
        guard let attributes = answer["Attributes"] else {
            throw .unavailable("DynamoDB UpdateItem returned no attributes for \(meetingId)")
        }
        return try MeetingItem.meeting(attributes)
    }
}
