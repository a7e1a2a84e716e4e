import Foundation
import MeetyDiagnostics

/// Writes export files as a deterministic zip, ready for Lex `StartImport` or a CloudFormation
/// `BotFileS3Location`.
///
/// Entries are written in sorted path order (by UTF-8 bytes), deflated by `Deflate`, with a fixed
/// modification time (1980-01-01 00:00, the earliest a zip can record), permissions 0644 and no
/// directory entries or extra fields. The container is written here rather than by ZIPFoundation
/// because the platforms' compressors differ, and a committed zip must compare equal on every
/// machine for `compile --check`. The zip root is the export root: `Manifest.json` and
/// `<Bot>/...`, as the Lex importer expects. No ZIP64: an export is far below 4 GiB and 65,535
/// files.
public enum LexZipWriter {
    /// The modification time recorded for every entry.
    public static let modificationDate = Date(timeIntervalSince1970: 315_532_800)

    private static let dosTime: UInt16 = 0
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

    /// Zips `files` (paths relative to the zip root).
    public static func zip(_ files: [String: Data]) throws(Diagnostic) -> Data {
        let paths = files.keys.map { (path: $0, bytes: Array($0.utf8)) }
            .sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }.map(\.path)
        guard paths.count < 0xFFFF else {
            throw Diagnostic.error(.lexUnrenderable, "cannot zip \(paths.count) files; the limit is 65,534", at: nil)
        }
        var checked: [Data] = []
        checked.reserveCapacity(paths.count)
        for path in paths {
            guard let content = files[path], isCanonicalRelativePath(path) else {
                throw Diagnostic.error(.lexUnrenderable, "cannot zip the path '\(path)'", at: nil)
            }
            checked.append(content)
        }
        let contents = checked
        // Entries are deflated independently of each other, on every core.
        let totalBytes = contents.reduce(0) { $0 + $1.count }
        let deflated = ParallelMap.map(
            count: contents.count, cost: totalBytes, makeState: { Deflate() },
            transform: { deflate, index in
                contents[index].withUnsafeBytes { raw in
                    let bytes = raw.bindMemory(to: UInt8.self)
                    return (compressed: deflate.compress(bytes), crc: CRC32.checksum(bytes))
                }
            })
        var archive = ByteWriter()
        var directory = ByteWriter()
        for (index, path) in paths.enumerated() {
            let content = contents[index]
            let (compressed, crc) = deflated[index]
            let name = Array(path.utf8)
            guard name.count < 0xFFFF, content.count < 0xFFFF_FFFF, compressed.count < 0xFFFF_FFFF,
                archive.count < 0xFFFF_FFFF
            else {
                throw Diagnostic.error(.lexUnrenderable, "'\(path)' is too large for a zip without ZIP64", at: nil)
            }
            let header = EntryHeader(
                name: name,
                flags: name.allSatisfy { $0 < 0x80 } ? 0 : 0x0800,
                crc: crc,
                compressedSize: UInt32(compressed.count),
                size: UInt32(content.count),
                offset: UInt32(archive.count)
            )
            header.writeLocal(to: &archive)
            archive.append(compressed)
            header.writeCentral(to: &directory)
        }
        guard archive.count + directory.count < 0xFFFF_FFFF else {
            throw Diagnostic.error(.lexUnrenderable, "the export is too large for a zip without ZIP64", at: nil)
        }
        let directoryOffset = UInt32(archive.count)
        archive.append(directory.bytes)
        archive.uint32(0x0605_4B50)  // end of central directory
        archive.uint16(0)  // this disk
        archive.uint16(0)  // disk with the central directory
        archive.uint16(UInt16(paths.count))
        archive.uint16(UInt16(paths.count))
        archive.uint32(UInt32(directory.count))
        archive.uint32(directoryOffset)
        archive.uint16(0)  // comment length
        return Data(archive.bytes)
    }

    /// Whether `path` is a non-empty relative path that `LexExportReader.safeRelativePath` keeps as
    /// it is: `/` separators, no empty, `.` or `..` components, no drive letter. ASCII paths (all
    /// that the compiler writes) are checked byte by byte; others by `safeRelativePath` itself.
    static func isCanonicalRelativePath(_ path: String) -> Bool {
        var path = path
        let verdict = path.withUTF8 { bytes -> Bool? in
            guard !bytes.isEmpty else { return false }
            var componentStart = 0
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "/")
                guard byte < 0x80 else { return nil }
                if byte == UInt8(ascii: "\\") { return false }
                guard byte == UInt8(ascii: "/") else { continue }
                let length = index - componentStart
                if length == 0 { return false }
                let first = bytes[componentStart]
                if first == UInt8(ascii: "."), length == 1 || (length == 2 && bytes[componentStart + 1] == first) {
                    return false
                }
                if componentStart == 0, length >= 2, bytes[1] == UInt8(ascii: ":") { return false }
                componentStart = index + 1
            }
            return true
        }
        return verdict ?? (!path.isEmpty && LexExportReader.safeRelativePath(path) == path)
    }

    /// The fields a local header and its central directory record share.
    private struct EntryHeader {
        let name: [UInt8]
        let flags: UInt16
        let crc: UInt32
        let compressedSize: UInt32
        let size: UInt32
        let offset: UInt32

        func writeLocal(to writer: inout ByteWriter) {
            writer.uint32(0x0403_4B50)
            writer.uint16(20)  // version needed: 2.0 (deflate)
            writeCommon(to: &writer)
            writer.append(name)
        }

        func writeCentral(to writer: inout ByteWriter) {
            writer.uint32(0x0201_4B50)
            writer.uint16(0x031E)  // made by: Unix, spec 3.0, so permissions are honoured
            writer.uint16(20)
            writeCommon(to: &writer)
            writer.uint16(0)  // comment length
            writer.uint16(0)  // disk number
            writer.uint16(0)  // internal attributes
            writer.uint32(0o100644 << 16)  // external attributes: regular file, rw-r--r--
            writer.uint32(offset)
            writer.append(name)
        }

        private func writeCommon(to writer: inout ByteWriter) {
            writer.uint16(flags)
            writer.uint16(8)  // deflate
            writer.uint16(LexZipWriter.dosTime)
            writer.uint16(LexZipWriter.dosDate)
            writer.uint32(crc)
            writer.uint32(compressedSize)
            writer.uint32(size)
            writer.uint16(UInt16(name.count))
            writer.uint16(0)  // extra field length
        }
    }
}

/// Little-endian byte output.
private struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    var count: Int { bytes.count }

    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    mutating func uint16(_ value: UInt16) {
        bytes.append(UInt8(value & 0xFF))
        bytes.append(UInt8(value >> 8))
    }

    mutating func uint32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
