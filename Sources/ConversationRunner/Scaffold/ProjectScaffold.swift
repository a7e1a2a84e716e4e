import FormatSchemas

/// A new meety-bot project: a bot, two conversation scripts, a README, a GitHub Actions workflow
/// that runs the gate and the formats' JSON Schemas — what `meety-bot init` writes, so a team starts
/// from a gate that passes, with editor help in every YAML file.
///
/// The bot books appointments (a custom slot type, built-in date and time, a confirmation, the
/// fallback intent) and needs no code hook; the scripts exercise both of its paths on a fixed clock.
/// Files are returned as paths and text; the command line writes them (never over an existing file).
///
/// The YAML files name their schema in their first line by a relative path to the project's own copy
/// in `schemas/`, the schema of the meety-bot version that wrote them: it works offline and in any
/// editor with a YAML language server, and `meety-bot schema bot > schemas/bot.schema.json`
/// refreshes it after an upgrade.
public struct ProjectScaffold: Sendable {
    /// The bot's name (a Lex bot name).
    public var botName: String

    /// Creates a scaffold for `botName`.
    public init(botName: String) {
        self.botName = botName
    }

    /// Whether `name` is a Lex bot name: `^([0-9a-zA-Z][_-]?){1,100}$`.
    public static func isValidBotName(_ name: String) -> Bool {
        guard let first = name.first, first.isASCII, first.isLetter || first.isNumber, name.count <= 200 else {
            return false
        }
        var previousWasSeparator = false
        var runs = 0
        for character in name {
            guard character.isASCII else { return false }
            if character == "_" || character == "-" {
                if previousWasSeparator { return false }
                previousWasSeparator = true
            } else if character.isLetter || character.isNumber {
                previousWasSeparator = false
                runs += 1
            } else {
                return false
            }
        }
        return runs <= 100
    }

    /// The bot file's path.
    public var botPath: String { "bots/\(fileStem).yaml" }

    /// Every file, by path relative to the project folder, in the order they are listed.
    public var files: [(path: String, text: String)] {
        [
            (botPath, bot),
            ("conversations/greeting.yaml", greetingScript),
            ("conversations/booking.yaml", bookingScript),
            ("README.md", readme),
            (".github/workflows/meety-bot.yml", workflow),
            ("schemas/" + FormatSchemas.Format.bot.fileName, FormatSchemas.schema(.bot).text),
            ("schemas/" + FormatSchemas.Format.conversation.fileName, FormatSchemas.schema(.conversation).text),
        ]
    }

    private var fileStem: String { botName.lowercased() }

    var bot: String {
        """
        # yaml-language-server: $schema=../schemas/bot.schema.json
        # \(botName): an appointment bot. Format reference: meety-bot's docs/bot-format.md.
        # Compile with `meety-bot compile`; test with `meety-bot test conversations/`.
        name: \(botName)
        description: Books appointments
        locales:
          en_US:
            slotTypes:
              AppointmentType:
                description: What the appointment is for
                resolution: top
                values:
                  - value: checkup
                    synonyms: [check-up, check up, routine visit]
                  - value: cleaning
                    synonyms: [teeth cleaning, clean]
            intents:
              Greet:
                utterances: [Hello, Hi, Good morning]
                closing: Hello! I can book an appointment. Say "book an appointment".
              BookAppointment:
                utterances:
                  - book an appointment
                  - I need an appointment
                  - book a {Kind}
                  - book a {Kind} on {Day}
                  - book a {Kind} on {Day} at {Time}
                slots:
                  Kind:
                    type: AppointmentType
                    prompt: Is it for a checkup or a cleaning?
                    utterances: ["a {Kind}", "{Kind} please"]
                  Day:
                    type: AMAZON.Date
                    prompt: Which day suits you?
                  Time:
                    type: AMAZON.Time
                    prompt: At what time?
                confirmation:
                  prompt: Book a {Kind} on {Day} at {Time}?
                  declined: All right, nothing is booked.
                closing: Your {Kind} is booked for {Day} at {Time}.
              FallbackIntent:
                parent: AMAZON.FallbackIntent
                closing: Sorry, I didn't get that. Say "book an appointment".

        """
    }

    var greetingScript: String {
        """
        # yaml-language-server: $schema=../schemas/conversation.schema.json
        # A conversation script: what the user says and what the bot must answer.
        # Format reference: meety-bot's docs/conversation-format.md.
        name: greets and explains what it does
        bot: ../\(botPath)
        turns:
          - user: Hello
            intent: Greet
            state: Fulfilled
            bot: Hello! I can book an appointment. Say "book an appointment".

        """
    }

    var bookingScript: String {
        """
        # yaml-language-server: $schema=../schemas/conversation.schema.json
        name: books a cleaning for tomorrow morning
        bot: ../\(botPath)
        now: 2026-03-02T09:00           # a fixed clock: "tomorrow" is always 2026-03-03
        turns:
          - user: book an appointment
            intent: BookAppointment
            action: ElicitSlot
            slot: Kind
          - user: a cleaning
            slots: {Kind: cleaning}
            slot: Day
          - user: tomorrow
            slots: {Day: 2026-03-03}
          - user: 10:30 am
            action: ConfirmIntent
            bot: Book a cleaning on 2026-03-03 at 10:30?
          - user: yes
            state: Fulfilled
            bot: Your cleaning is booked for 2026-03-03 at 10:30.

        """
    }

    var readme: String {
        """
        # \(botName)

        An Amazon Lex V2 bot written as code with [meety-bot](https://github.com/meety-bot/meety-bot): the bot in
        `\(botPath)`, its conversation scripts in `conversations/`.

        ```sh
        meety-bot validate \(botPath)          # diagnostics at file:line:col
        meety-bot compile                       # the Lex import/export tree, zip and CloudFormation in build/lex
        meety-bot test conversations/           # the scripts, offline; exit 1 when one fails
        meety-bot chat                          # talk to the bot; :save FILE keeps a chat as a script
        ```

        CI runs the same gate on every change (`.github/workflows/meety-bot.yml`). The YAML files name their
        JSON Schema in their first line (`schemas/`, written by `meety-bot schema bot|conversation`), so an editor
        with a YAML language server completes keys and marks mistakes as you type.

        """
    }

    var workflow: String {
        """
        # The bot's regression gate: compile and test on every push and pull request.
        name: meety-bot
        on: [push, pull_request]
        jobs:
          gate:
            runs-on: ubuntu-24.04
            container: swift:6.1
            steps:
              - uses: actions/checkout@v4
              - run: apt-get update && apt-get install -y libyaml-dev
              - name: Build meety-bot
                run: |
                  git clone --depth 1 https://github.com/meety-bot/meety-bot /tmp/meety-bot
                  swift build -c release --package-path /tmp/meety-bot --product meety-bot
                  echo /tmp/meety-bot/.build/release >> "$GITHUB_PATH"
              - run: meety-bot validate bots/ --strict
              - run: meety-bot compile
              - run: meety-bot test conversations/ --junit junit.xml --coverage
              - uses: actions/upload-artifact@v4
                if: always()
                with: {name: junit, path: junit.xml}

        """
    }
}
