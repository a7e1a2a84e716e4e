import CodeHooks

extension MeetyCodeHook {
    /// The dialog hook: the first failing rule clears and re-elicits its slot; otherwise `Delegate`.
    func dialog(_ event: CodeHookEvent, intent: Intent, rules: BookingRules) async -> CodeHookResponse {
        let request = BookingRequest(intent: intent)
        do {
            if let problem = try await firstProblem(request, rules: rules) {
                return HookResponse.elicit(problem, intent: intent, event: event)
            }
        } catch {
            return HookResponse.close(intent, state: .failed, message: BookingReplies.storeUnavailable, event: event)
        }
        return HookResponse.delegate(event)
    }

    /// The fulfillment hook: every rule again, then the slots it needs, then an atomic
    /// insert-if-free of a `pending` record. A conflict that appeared since the dialog gets the
    /// conflict reply; a failing store gets an apology and leaves nothing written.
    func fulfill(_ event: CodeHookEvent, intent: Intent, rules: BookingRules) async -> CodeHookResponse {
        let request = BookingRequest(intent: intent)
        do {
            if let problem = try await firstProblem(request, rules: rules) ?? rules.missingSlot(in: request) {
                return HookResponse.elicit(problem, intent: intent, event: event)
            }
            // The checks above guarantee every value; the fallbacks below avoid force unwraps.
            guard let meeting = await pendingMeeting(request) else {
                return HookResponse.elicit(.missing(.meetingTime), intent: intent, event: event)
            }
            switch try await store.insertIfFree(meeting) {
            case .inserted(let stored):
                return HookResponse.close(
                    intent, state: .fulfilled, message: BookingReplies.requested(stored), event: event)
            case .conflict(let clashing):
                let active = try await store.activeMeetings(on: meeting.date) + clashing
                let report = ConflictReport(
                    date: meeting.date, start: meeting.startTime, duration: meeting.duration, active: active)
                let problem = report.map(BookingProblem.conflict) ?? .missing(.meetingTime)
                return HookResponse.elicit(problem, intent: intent, event: event)
            }
        } catch {
            return HookResponse.close(intent, state: .failed, message: BookingReplies.storeUnavailable, event: event)
        }
    }

    /// The rules in order, reading the store only when the day and start are known and no earlier
    /// rule failed.
    private func firstProblem(_ request: BookingRequest, rules: BookingRules) async throws(MeetingStoreError)
        -> BookingProblem?
    {
        if let problem = rules.firstProblem(in: request) { return problem }
        guard let (date, _) = rules.conflictQuery(request) else { return nil }
        return rules.conflict(in: request, active: try await store.activeMeetings(on: date))
    }

    /// The record to insert once every rule passed and every slot is filled.
    private func pendingMeeting(_ request: BookingRequest) async -> Meeting? {
        guard let name = request.name.value, let email = request.email.value, let date = request.date.value,
            case .value(.exact(let start)) = request.time, let duration = request.duration.value,
            let interval = MinuteInterval(start: start.minutes, duration: duration)
        else { return nil }
        return Meeting(
            meetingId: await ids.nextID(), attendeeName: name, email: email, date: date, interval: interval,
            status: .pending)
    }
}
