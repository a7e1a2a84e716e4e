/// Hands out the 10-character identifiers of a bot's entities: stable across runs, unique within
/// the bot.
///
/// Lex exports give every bot, intent, slot and slot type a 10-character `[0-9A-Z]` identifier.
/// The compiler derives each from the entity's folder path in the export (for example
/// `MeetyBot/BotLocales/en_US/Intents/BookMeeting/Slots/FullName`): the 64-bit FNV-1a hash of the
/// path's UTF-8 bytes, reduced modulo 36^10 and written in base 36 with leading zeros. Renaming an
/// entity changes its identifier; nothing else does, so compiled output only changes where the
/// bot changed. Should two paths ever hash alike, the later one (in author order) is rehashed with
/// `#1`, `#2`, ... appended. `FALLBCKINT`, the fixed identifier of the fallback intent, is never
/// handed out to anything else.
public struct LexIdentifiers: Sendable {
    private var used: Set<String> = [LexIdentifiers.fallbackIdentifier]

    /// The identifier every Lex export gives the fallback intent.
    public static let fallbackIdentifier = "FALLBCKINT"

    /// Creates a generator with nothing handed out yet.
    public init() {}

    /// The identifier for the entity at `path`, unique among those handed out by this generator.
    public mutating func identifier(for path: String) -> String {
        var candidate = Self.derive(path)
        var attempt = 0
        while used.contains(candidate) {
            attempt += 1
            candidate = Self.derive("\(path)#\(attempt)")
        }
        used.insert(candidate)
        return candidate
    }

    /// The identifier derived from `path` alone: base 36 of FNV-1a-64(path) mod 36^10, 10 digits.
    public static func derive(_ path: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        var value = hash % modulus
        let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var text: [Character] = []
        for _ in 0..<10 {
            text.append(digits[Int(value % 36)])
            value /= 36
        }
        return String(text.reversed())
    }

    /// 36^10, the number of distinct 10-character identifiers.
    private static let modulus: UInt64 = 3_656_158_440_062_976
}
