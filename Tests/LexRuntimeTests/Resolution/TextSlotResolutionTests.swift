import LexRuntime
import Testing

@Suite("AMAZON.EmailAddress, names, Confirmation, AlphaNumeric, PhoneNumber and other built-ins")
struct TextSlotResolutionTests {
    @Test(
        "email addresses, typed or spoken",
        arguments: [
            PhraseCase("alice@example.com", .value("alice@example.com")),
            PhraseCase("alice@example.com.", .value("alice@example.com")),
            PhraseCase("Alice.Smith+news@mail.example.co.uk", .value("Alice.Smith+news@mail.example.co.uk")),
            PhraseCase("bob_jones-1@example.org", .value("bob_jones-1@example.org")),
            PhraseCase("alice at example dot com", .value("alice@example.com")),
            PhraseCase("alice dot smith at example dot co dot uk", .value("alice.smith@example.co.uk")),
            PhraseCase("alice @ example.com", .value("alice@example.com")),
            PhraseCase("alice", .unresolved),
            PhraseCase("alice@", .unresolved),
            PhraseCase("alice@example", .unresolved),
            PhraseCase("alice..bob@example.com", .unresolved),
            PhraseCase("alice at example", .unresolved),
            PhraseCase("my email is alice@example.com", .unresolved),
            PhraseCase("my email is alice at example dot com", .unresolved),
        ])
    func emailAddresses(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.EmailAddress")
    }

    @Test(
        "a first name is one name token, as given",
        arguments: [
            PhraseCase("Alice", .value("Alice")),
            PhraseCase("alice", .value("alice")),
            PhraseCase("Alice.", .value("Alice")),
            PhraseCase("Zoë", .value("Zoë")),
            PhraseCase("José", .value("José")),
            PhraseCase("Mary-Jane", .value("Mary-Jane")),
            PhraseCase("Alice Smith", .unresolved),
            PhraseCase("my name is Alice", .unresolved),
            PhraseCase("R2D2", .unresolved),
            PhraseCase("Mary--Jane", .unresolved),
        ])
    func firstNames(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.FirstName")
    }

    @Test(
        "a last name is one name token, as given",
        arguments: [
            PhraseCase("O'Brien", .value("O'Brien")),
            PhraseCase("O\u{2019}Brien", .value("O\u{2019}Brien")),
            PhraseCase("Smith", .value("Smith")),
            PhraseCase("van der Berg", .unresolved),
        ])
    func lastNames(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.LastName")
    }

    @Test(
        "confirmation spellings → Yes, No, Maybe, Don't know",
        arguments: [
            PhraseCase("Yes", .value("Yes")),
            PhraseCase("yeah", .value("Yes")),
            PhraseCase("yep", .value("Yes")),
            PhraseCase("Sure!", .value("Yes")),
            PhraseCase("OK", .value("Yes")),
            PhraseCase("okay", .value("Yes")),
            PhraseCase("correct", .value("Yes")),
            PhraseCase("That\u{2019}s right", .value("Yes")),
            PhraseCase("No.", .value("No")),
            PhraseCase("nope", .value("No")),
            PhraseCase("nah", .value("No")),
            PhraseCase("no thanks", .value("No")),
            PhraseCase("not really", .value("No")),
            PhraseCase("forget it", .value("No")),
            PhraseCase("maybe", .value("Maybe")),
            PhraseCase("perhaps", .value("Maybe")),
            PhraseCase("possibly", .value("Maybe")),
            PhraseCase("dunno", .value("Don't know")),
            PhraseCase("not sure", .value("Don't know")),
            PhraseCase("no idea", .value("Don't know")),
            PhraseCase("I don't know", .value("Don't know")),
            PhraseCase("don\u{2019}t know", .value("Don't know")),
            PhraseCase("purple", .unresolved),
            PhraseCase("yes no", .unresolved),
            PhraseCase("book a meeting", .unresolved),
        ])
    func confirmations(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.Confirmation")
    }

    @Test(
        "alphanumeric codes: one token or spelled out",
        arguments: [
            PhraseCase("APQ123", .value("APQ123")),
            PhraseCase("abc", .value("abc")),
            PhraseCase("123", .value("123")),
            PhraseCase("A P Q 1 2 3", .value("APQ123")),
            PhraseCase("APQ-123", .unresolved),
            PhraseCase("hello world", .unresolved),
        ])
    func alphaNumerics(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.AlphaNumeric")
    }

    @Test(
        "phone numbers keep digits and a leading +",
        arguments: [
            PhraseCase("+1 (509) 555-1212", .value("+15095551212")),
            PhraseCase("555-1212", .value("5551212")),
            PhraseCase("555.123.4567", .value("5551234567")),
            PhraseCase("five five five one two one two", .value("5551212")),
            PhraseCase("call me", .unresolved),
            PhraseCase("12", .unresolved),
            PhraseCase("1 800 CALL NOW", .unresolved),
        ])
    func phoneNumbers(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.PhoneNumber")
    }

    @Test("other built-ins take the text as said")
    func asSaid() {
        expectResolution(PhraseCase("New York", .value("New York")), as: "AMAZON.City")
        expectResolution(PhraseCase("Canada.", .value("Canada")), as: "AMAZON.Country")
        expectResolution(
            PhraseCase("anything at all, really.", .value("anything at all, really")), as: "AMAZON.FreeFormInput")
    }
}
