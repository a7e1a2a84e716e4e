import Foundation
import LexModel
import MeetyDiagnostics
import Testing
import ZIPFoundation

@Suite("Zip archives")
struct ZipTests {
    private func read(_ zip: Data, limits: LexExportLimits = .default) -> (LexBotExport?, [Diagnostic]) {
        var bag = DiagnosticBag()
        let export = LexExportReader(limits: limits).read(zip: zip, source: "bot.zip", into: &bag)
        return (export, bag.diagnostics)
    }

    /// A zip written entry by entry with ZIPFoundation, to build archives `LexZipWriter` never would.
    private func rawZip(_ entries: [(String, Data)], symlink: String? = nil) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, content) in entries {
            try archive.addEntry(
                with: path,
                type: .file,
                uncompressedSize: Int64(content.count),
                compressionMethod: .deflate
            ) { position, size in content.subdata(in: Int(position)..<Int(position) + size) }
        }
        if let symlink {
            let target = utf8("/etc/passwd")
            try archive.addEntry(with: symlink, type: .symlink, uncompressedSize: Int64(target.count)) { _, _ in target
            }
        }
        return try #require(archive.data)
    }

    @Test("the writer is deterministic and its entries are sorted and deflated")
    func deterministic() throws {
        let files = try Fixture.travelBuddy.export().renderFiles()
        let first = try LexZipWriter.zip(files)
        let second = try LexZipWriter.zip(Dictionary(uniqueKeysWithValues: files.reversed()))
        #expect(first == second)
        let archive = try Archive(data: first, accessMode: .read)
        let entries = Array(archive)
        #expect(entries.map(\.path) == files.keys.sorted())
        #expect(entries.allSatisfy { $0.isCompressed && $0.type == .file })
        #expect(entries.first?.path == "Manifest.json")
        #expect(entries.allSatisfy { $0.fileAttributes[.modificationDate] as? Date == LexZipWriter.modificationDate })
    }

    @Test("a zip with one extra top-level folder reads")
    func extraFolder() throws {
        let files = try Fixture.pizzaShop.files()
        let zip = try rawZip(files.sorted { $0.key < $1.key }.map { ("PizzaShopLexExport/\($0.key)", $0.value) })
        let (export, diagnostics) = read(zip)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(export == (try Fixture.pizzaShop.export()))
    }

    @Test("entries leading outside the export and symbolic links are refused")
    func unsafeEntries() throws {
        let files = try Fixture.pizzaShop.files().map { ($0.key, $0.value) }
        let traversal = try rawZip(files + [("../evil.json", utf8("{}"))])
        let (export, diagnostics) = read(traversal)
        #expect(export == nil)
        #expect(diagnostics.map(\.code) == [.lexUnsafePath])
        #expect(diagnostics.first?.message == "refused zip entry '../evil.json': it leads outside the export")

        let link = try rawZip(files, symlink: "PizzaShop/link.json")
        let (linked, linkDiagnostics) = read(link)
        #expect(linked == nil)
        #expect(
            linkDiagnostics.map(\.message) == [
                "refused zip entry 'PizzaShop/link.json': symbolic links are not allowed"
            ])
    }

    @Test("a zip bomb stops at the byte limit, and the entry count is bounded")
    func bombs() throws {
        let zeros = Data(count: 4 * 1024 * 1024)
        let bomb = try rawZip([("Manifest.json", zeros)])
        #expect(bomb.count < 100_000)
        let (export, diagnostics) = read(bomb, limits: LexExportLimits(maxTotalBytes: 1024 * 1024))
        #expect(export == nil)
        #expect(diagnostics.map(\.code) == [.lexExportTooLarge])

        let many = try rawZip((0..<30).map { ("f\($0).json", utf8("{}")) })
        let (tooMany, countDiagnostics) = read(many, limits: LexExportLimits(maxFiles: 10))
        #expect(tooMany == nil)
        #expect(countDiagnostics.map(\.message) == ["the zip has more than 10 entries"])
    }

    @Test("random bytes and every truncation of a real zip give diagnostics, never a crash")
    func truncated() throws {
        let (_, garbage) = read(utf8("PK\u{03}\u{04} definitely not a zip"))
        #expect(garbage.map(\.code) == [.lexInvalidZip])
        let zip = try LexZipWriter.zip(try Fixture.pizzaShop.files())
        var failures = 0
        for length in stride(from: 0, to: zip.count, by: 7) {
            let (export, diagnostics) = read(zip.prefix(length))
            if export == nil {
                #expect(!diagnostics.isEmpty)
                failures += 1
            }
        }
        #expect(failures > 0)
        var corrupted = zip
        for offset in stride(from: 40, to: zip.count - 200, by: 97) { corrupted[offset] ^= 0x5A }
        let (export, diagnostics) = read(corrupted)
        #expect(export == nil)
        #expect(!diagnostics.isEmpty)
    }
}
