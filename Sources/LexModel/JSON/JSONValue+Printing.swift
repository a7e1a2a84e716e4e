import Foundation

extension JSONValue {
    /// The value as pretty-printed JSON text: two-space indentation, `"key": value`, object keys
    /// sorted by Unicode code point, slashes and non-ASCII characters written as they are, and one
    /// trailing newline.
    ///
    /// The format is fixed here rather than left to `JSONEncoder`, whose spacing differs between
    /// platforms, so compiled output is byte-identical on every machine and diffs cleanly in review.
    /// The value is printed through a `JSONTape`, the same printer the compiler's files go through.
    public func prettyPrinted() -> String {
        String(decoding: prettyPrintedBytes(), as: UTF8.self)
    }

    /// `prettyPrinted()` as UTF-8 bytes, the form written to disk.
    public func prettyPrintedData() -> Data {
        let (tape, root) = tape()
        return tape.prettyPrintedData(root)
    }

    /// The printed text as UTF-8 bytes.
    func prettyPrintedBytes() -> [UInt8] {
        let (tape, root) = tape()
        return tape.prettyPrintedBytes(root)
    }
}
