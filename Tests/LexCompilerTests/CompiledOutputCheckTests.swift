import Foundation
import LexCompiler
import Testing

@Suite("compile --check comparison")
struct CompiledOutputCheckTests {
    private let expected: [String: Data] = [
        "Bot/Manifest.json": Data("m".utf8), "Bot/Bot/Bot.json": Data("b".utf8), "Bot.zip": Data([1, 2]),
    ]

    @Test("identical output is up to date")
    func upToDate() {
        let check = CompiledOutputCheck.compare(expected: expected, onDisk: expected, present: Set(expected.keys))
        #expect(check.isUpToDate)
        #expect(check == CompiledOutputCheck())
    }

    @Test("changed, missing and orphaned files are listed, sorted")
    func stale() {
        var disk = expected
        disk["Bot.zip"] = Data([1, 3])
        disk["Bot/Bot/Bot.json"] = nil
        disk["Bot/Bot/BotLocales/en_US/Intents/Old/Intent.json"] = Data("o".utf8)
        disk["Other.template.json"] = Data("t".utf8)
        let check = CompiledOutputCheck.compare(expected: expected, onDisk: disk, present: Set(disk.keys))
        #expect(check.changed == ["Bot.zip"])
        #expect(check.missing == ["Bot/Bot/Bot.json"])
        #expect(check.orphaned == ["Bot/Bot/BotLocales/en_US/Intents/Old/Intent.json", "Other.template.json"])
        #expect(!check.isUpToDate)
    }

    @Test("a file listed as present but not read counts as missing, not as changed")
    func unreadable() {
        let check = CompiledOutputCheck.compare(expected: expected, onDisk: [:], present: Set(expected.keys))
        #expect(check.missing == expected.keys.sorted())
        #expect(check.changed.isEmpty && check.orphaned.isEmpty)
    }

    @Test("a whole golden compile is up to date against itself and stale after an edit", arguments: GoldenCase.allCases)
    func againstCompiledBot(goldenCase: GoldenCase) throws {
        let files = try goldenCase.compiled().files
        #expect(CompiledOutputCheck.compare(expected: files, onDisk: files, present: Set(files.keys)).isUpToDate)
        var edited = files
        let template = try #require(files.keys.first { $0.hasSuffix(".template.json") })
        edited[template]?.append(contentsOf: Data(" ".utf8))
        let check = CompiledOutputCheck.compare(expected: files, onDisk: edited, present: Set(edited.keys))
        #expect(check.changed == [template])
    }
}
