import MeetyDiagnostics

/// The JUnit XML report (`--junit FILE`) that CI systems display: one `<testcase>` per script,
/// named by the script's `name`, with its locale as a property (`<property name="locale">`) and a
/// `<failure>` whose message is `file:line:col: ...` and whose body holds every failure and the
/// transcript.
public struct JUnitReporter: Sendable {
    /// Creates a reporter.
    public init() {}

    /// The XML document.
    public func report(_ results: [ScriptResult], skipped: Int, shard: Shard? = nil) -> String {
        let failed = results.count { $0.status == .failed }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml +=
            "<testsuites name=\"meety-bot\(shard.map { " shard \($0)" } ?? "")\" tests=\"\(results.count)\" failures=\"\(failed)\" errors=\"0\" skipped=\"\(skipped)\">\n"
        var byFile: [(file: String, results: [ScriptResult])] = []
        for result in results {
            if let index = byFile.firstIndex(where: { $0.file == result.file }) {
                byFile[index].results.append(result)
            } else {
                byFile.append((result.file, [result]))
            }
        }
        for group in byFile {
            let groupFailed = group.results.count { $0.status == .failed }
            xml +=
                "  <testsuite name=\"\(Self.escape(group.file))\" tests=\"\(group.results.count)\" failures=\"\(groupFailed)\" errors=\"0\" skipped=\"0\">\n"
            for result in group.results {
                let attributes =
                    "name=\"\(Self.escape(result.name))\" classname=\"\(Self.escape(result.file))\" file=\"\(Self.escape(result.file))\" line=\"\(result.span.start.line)\""
                let output = Self.systemOut(result)
                let properties =
                    "      <properties><property name=\"locale\" value=\"\(Self.escape(result.locale))\"/></properties>\n"
                guard let first = result.failures.first else {
                    xml += "    <testcase \(attributes)>\n" + properties + output + "    </testcase>\n"
                    continue
                }
                let body =
                    DiagnosticFormatter.plain.format(result.failures) + TextReporter.transcript(result.transcript)
                xml += "    <testcase \(attributes)>\n" + properties
                xml +=
                    "      <failure message=\"\(Self.escape(first.description))\" type=\"\(first.code.id)\">\(Self.escape(body))</failure>\n"
                xml += output
                xml += "    </testcase>\n"
            }
            xml += "  </testsuite>\n"
        }
        xml += "</testsuites>\n"
        return xml
    }

    /// `<system-out>` with what the code hook printed on each turn, or nothing when it printed nothing.
    static func systemOut(_ result: ScriptResult) -> String {
        var text = ""
        for (index, exchange) in result.transcript.enumerated() {
            guard let log = exchange.hookLog, !log.isEmpty else { continue }
            text += "--- turn \(index + 1): \(exchange.user)\n" + log + (log.hasSuffix("\n") ? "" : "\n")
        }
        return text.isEmpty ? "" : "      <system-out>\(escape(text))</system-out>\n"
    }

    /// Escapes text for XML attributes and content, dropping characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                let allowed = (0x20...0xD7FF).contains(value) || (0xE000...0xFFFD).contains(value) || value >= 0x10000
                if allowed { output.unicodeScalars.append(scalar) }
            }
        }
        return output
    }
}
