import MeetyDiagnostics

/// Checks raw file bytes before libyaml sees them: size, byte-order marks and UTF-8 validity.
///
/// libyaml would report a bad byte with a bare byte offset and accepts UTF-16; meety-bot files are
/// UTF-8 only, so these checks give a precise `line:col` for the offending byte and a message a
/// person can act on. A UTF-8 byte-order mark is dropped silently, as the format promises.
enum SourceText {
    /// The UTF-8 byte-order mark.
    static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Validates `bytes` and returns them without a leading BOM, or emits a diagnostic and returns nil.
    static func prepare(
        _ bytes: [UInt8],
        file: String,
        limits: YAMLLimits,
        into bag: inout DiagnosticBag
    ) -> ArraySlice<UInt8>? {
        if bytes.count > limits.maxBytes {
            bag.error(
                .yamlFileTooLarge,
                "file is \(bytes.count) bytes, more than the limit of \(limits.maxBytes) bytes",
                at: .startOf(file)
            )
            return nil
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            bag.error(
                .yamlInvalidEncoding,
                "file is UTF-16 encoded; save it as UTF-8",
                at: .startOf(file)
            )
            return nil
        }
        let body = bytes.starts(with: utf8BOM) ? bytes[3...] : bytes[...]
        if let bad = firstInvalidByte(in: body) {
            let position = position(ofByte: bad, in: body)
            let byte = String(body[bad], radix: 16, uppercase: true)
            let what = body[bad] == 0 ? "a NUL byte (binary data?)" : "invalid UTF-8 byte 0x\(byte)"
            bag.error(
                .yamlInvalidEncoding,
                "file is not UTF-8 text: \(what)",
                at: SourceSpan(file: file, start: position)
            )
            return nil
        }
        return body
    }

    /// The index of the first byte that starts an invalid UTF-8 sequence (or is NUL), if any.
    static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        let end = bytes.endIndex
        // Runs of ASCII without NUL (nearly all of a bot file) are skipped eight bytes at a time.
        let asciiRunEnd = bytes.withUnsafeBytes { raw -> Int in
            var offset = 0
            while offset + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                let hasHigh = word & 0x8080_8080_8080_8080 != 0
                let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
                if hasHigh || hasZero { break }
                offset += 8
            }
            return offset
        }
        index += asciiRunEnd
        while index < end {
            let lead = bytes[index]
            if lead == 0 { return index }
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF:
                length = 2
                scalar = UInt32(lead & 0x1F)
                minimum = 0x80
            case 0xE0...0xEF:
                length = 3
                scalar = UInt32(lead & 0x0F)
                minimum = 0x800
            case 0xF0...0xF4:
                length = 4
                scalar = UInt32(lead & 0x07)
                minimum = 0x10000
            default:
                return index
            }
            guard end - index >= length else { return index }
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }

    /// The 1-based line and column (in scalars) of byte `index`, scanning from the start.
    static func position(ofByte index: Int, in bytes: ArraySlice<UInt8>) -> SourcePosition {
        var line = 1
        var column = 1
        var scalars = 0
        var cursor = bytes.startIndex
        while cursor < index {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            if byte & 0xC0 != 0x80 { scalars += 1 }
            cursor += 1
        }
        return SourcePosition(line: line, column: column, offset: scalars)
    }
}
