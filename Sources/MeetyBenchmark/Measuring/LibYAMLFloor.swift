internal import CLibYAML

/// The time libyaml alone needs to parse a file: its event loop with nothing built from the events.
///
/// No YAML front end can be faster than the parser it drives, so this is the floor the compile
/// pipeline is measured against (DESIGN §9: compile at most 3× this for a 1,000-intent bot).
public enum LibYAMLFloor {
    /// Parses `bytes` to the end with libyaml and returns the number of events, or `nil` when the
    /// bytes are not valid YAML.
    public static func parse(_ bytes: [UInt8]) -> Int? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) != 0 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            var count = 0
            while true {
                guard yaml_parser_parse(&parser, &event) != 0 else { return nil }
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                count += 1
                if done { return count }
            }
        }
    }
}
