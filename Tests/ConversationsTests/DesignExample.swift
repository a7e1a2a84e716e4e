/// The DESIGN §7 example, verbatim apart from position markers.
enum DesignExample {
    static let marked = """
        1️⃣name: books a free slot and leaves a pending record
        bot: ../bots/meetybot.yaml        # optional: relative to this file; default --bot, else the one file in bots/
        locale: en_US                     # optional; default the bot's first locale
        now: 2026-11-20T09:00             # the clock for slot resolution and the hooks; default 2026-01-05T09:00 (a Monday)
        tags: [booking]
        given:
          session: {channel: web}         # initial session attributes (optional)
          meetings:                       # Meetings records present before the first turn
            - {meetingId: m-ann, attendeeName: Ann, email: ann@example.com, date: 2026-11-23,
               startTime: "10:00", endTime: "11:00", duration: "60", status: approved}
        turns:
          - 2️⃣user: I want to book a meeting
            intent: BookMeeting
            action: ElicitSlot
            slot: FullName
            bot: What is your name?
          - user: my name is Alice
            slots: {FullName: Alice}
          - user: next monday
            slots: {MeetingDate: 2026-11-23}
          - 3️⃣user: 10:30
            bot: 4️⃣{contains: "10:00-11:00"}
            action: ElicitSlot
            slot: MeetingTime
            slots: {MeetingTime: 5️⃣null}
          - user: 11 am
          - user: half an hour
          - user: alice@example.com
            action: ConfirmIntent
          - user: yes
            state: Fulfilled
            bot: {matches: "^Thanks Alice.*2026-11-23.*11:00.*11:30"}
          - 6️⃣approve: {attendeeName: Alice}   # what the admin does next (PUT /status): pending -> approved
          - as: bob                          # a second user: a session of its own
            user: book a meeting on 2026-11-23 at 11:15
        expect:
          meetings:
            created:                       # records created during this conversation: exact count, listed fields must match
              7️⃣- {attendeeName: Alice, date: 2026-11-23, startTime: "11:00", endTime: "11:30", status: approved}
        """
}
