/// A model type whose key is left out of written files when its value is absent, instead of being
/// written as `null`.
///
/// Files are written with every modelled key, `null` for absent values, as the console exporter
/// writes them (docs/compiled-output.md). Keys that newer consoles added for features the compiler
/// never writes (Amazon Q, Bedrock and Kendra intents, composite slot types, error logs) would
/// otherwise appear as `null` in every compiled file and change output that is committed and
/// compared byte for byte. Their types conform to this protocol, so a compiled bot's files stay
/// as they were, while an export that has these keys is written back with them.
public protocol LexOmittedWhenAbsent {}
