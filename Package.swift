// swift-tools-version:6.0
import PackageDescription

/// meety-bot: a compiler and offline conversation test harness for Amazon Lex V2 bots.
///
/// The layering is the table in docs/CONTRIBUTING.md ("Layers"): which modules each target may import.
/// `Tests/LayeringTests` checks every import under Sources/ against that table, so a new arrow here needs a
/// row change there. Each library takes in-memory input and returns in-memory output; only `MeetyBotCLI`
/// touches the disk. `LexFacts` is the bottom (one home for each Lex fact); the runner knows no bot and is
/// handed a code-hook spec and a world (MeetyBot's are in `MeetyWorld`, wired in by the CLI).
/// `MEETY_AWS=1` builds the AWS-facing parts of the command line: `--store dynamodb` and `serve
/// --verify-signature`, over swift-crypto and AsyncHTTPClient. Off by default, so the main job (`swift
/// run meety-bot test conversations/`) builds without them; `swift test` builds and tests those libraries
/// either way. (A SwiftPM trait would be the natural switch, but with 6.3.1 a target reached through a
/// trait-conditional dependency loses its transitive C modules in other targets' builds.)
let withAWS = Context.environment["MEETY_AWS"] == "1"

let package = Package(
    name: "meety-bot",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "meety-bot", targets: ["meety-bot"]),
        .executable(name: "meety-lex-lambda", targets: ["meety-lex-lambda"]),
        .executable(name: "meety-bench", targets: ["meety-bench"]),
        .library(name: "LexCompiler", targets: ["LexCompiler"]),
        .library(name: "LexRuntime", targets: ["LexRuntime"]),
        .library(name: "MeetyLambda", targets: ["MeetyLambda"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "LexFacts", exclude: ["LocaleData"]),
        .target(name: "MeetyDiagnostics"),
        .target(name: "YAMLNode", dependencies: ["CLibYAML", "MeetyDiagnostics"]),
        .target(name: "BotModel", dependencies: ["YAMLNode", "MeetyDiagnostics", "LexFacts", "LexConditions"]),
        .target(name: "LexModel", dependencies: ["MeetyDiagnostics", "ZIPFoundation", "LexFacts"]),
        .target(name: "LexConditions", dependencies: ["MeetyDiagnostics"]),
        .target(
            name: "LexCompiler",
            dependencies: ["BotModel", "LexModel", "MeetyDiagnostics", "ZIPFoundation", "LexFacts"]
        ),
        .target(name: "BotDiff", dependencies: ["BotModel", "LexModel", "MeetyDiagnostics"]),
        .target(name: "LexTemplates", dependencies: ["YAMLNode", "LexModel", "MeetyDiagnostics"]),
        .target(
            name: "FormatSchemas",
            dependencies: ["BotModel", "Conversations", "LexModel", "LexFacts", "MeetingRecords"]
        ),
        .target(
            name: "BotImport", dependencies: ["LexModel", "LexCompiler", "MeetyDiagnostics", "LexFacts", "YAMLNode"]),
        .target(name: "CodeHooks", dependencies: ["MeetyDiagnostics", "LexFacts"]),
        .target(name: "LexRuntime", dependencies: ["LexModel", "CodeHooks", "LexFacts", "LexConditions"]),
        .target(name: "MeetingRecords", dependencies: ["LexFacts"]),
        .target(name: "MeetyLambda", dependencies: ["CodeHooks", "LexFacts", "MeetingRecords"]),
        .target(name: "Conversations", dependencies: ["YAMLNode", "MeetyDiagnostics", "LexFacts", "MeetingRecords"]),
        .target(
            name: "MeetyAWS",
            dependencies: [
                "LexFacts",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .target(name: "DynamoDBStore", dependencies: ["MeetyLambda", "MeetyAWS", "LexFacts", "MeetingRecords"]),
        .target(
            name: "LambdaHost",
            dependencies: [
                "CodeHooks", "LexFacts",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .target(
            name: "FunctionHost",
            dependencies: [
                "CodeHooks", "LexFacts",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "meety-lex-lambda",
            dependencies: ["LambdaHost", "MeetyLambda", "DynamoDBStore", "CodeHooks", "MeetyAWS", "LexFacts"]
        ),
        .target(
            name: "ConversationRunner",
            dependencies: [
                "Conversations", "LexRuntime", "CodeHooks", "MeetyDiagnostics", "LexFacts", "LexModel", "BotModel",
                "LexCompiler", "BotDiff", "LexTemplates", "FormatSchemas", "YAMLNode",
            ]
        ),
        .target(
            name: "ForeignHooks",
            dependencies: ["ConversationRunner", "FunctionHost", "BotModel", "CodeHooks", "LexFacts"]
        ),
        .target(
            name: "MeetyWorld",
            dependencies: [
                "ConversationRunner", "Conversations", "MeetyLambda", "MeetingRecords", "MeetyDiagnostics", "LexFacts",
            ]
        ),
        .target(
            name: "MeetyWorldDynamoDB",
            dependencies: [
                "MeetyWorld", "ConversationRunner", "DynamoDBStore", "MeetyAWS", "MeetyLambda", "MeetyDiagnostics",
            ]
        ),
        .target(
            name: "LexRuntimeServerSigV4",
            dependencies: [
                "LexRuntimeServer", "MeetyAWS", "LexFacts", .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "LexRuntimeServer",
            dependencies: [
                "ConversationRunner", "LexRuntime", "CodeHooks", "LexFacts", "LexCompiler", "ZIPFoundation",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
        .target(
            name: "MeetyBotCLI",
            dependencies: [
                "BotModel", "LexModel", "LexCompiler", "LexRuntime", "CodeHooks", "Conversations", "ConversationRunner",
                "MeetyWorld", "MeetyDiagnostics", "YAMLNode", "LexFacts", "LexConditions",
                "ForeignHooks", "LexRuntimeServer", "BotDiff", "BotImport", "LexTemplates", "FormatSchemas",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ] + (withAWS ? ["MeetyWorldDynamoDB", "LexRuntimeServerSigV4", "MeetyAWS"] : []),
            swiftSettings: withAWS ? [.define("AWS")] : []
        ),
        .executableTarget(name: "meety-bot", dependencies: ["MeetyBotCLI"]),
        .target(
            name: "MeetyBenchmark",
            dependencies: [
                "CLibYAML", "YAMLNode", "BotModel", "LexCompiler", "LexRuntime", "CodeHooks", "Conversations",
                "ConversationRunner", "MeetyWorld", "MeetyDiagnostics", "LexFacts", "FunctionHost",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "meety-bench",
            dependencies: ["MeetyBenchmark", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        .target(
            name: "MeetyTestSupport",
            dependencies: ["MeetyDiagnostics", "YAMLNode"],
            path: "Tests/MeetyTestSupport"
        ),
        .target(
            name: "MeetyFuzzing",
            dependencies: ["BotModel", "Conversations", "MeetyDiagnostics"],
            path: "Tests/MeetyFuzzing"
        ),
        .testTarget(name: "LayeringTests", dependencies: ["MeetyTestSupport"]),
        .testTarget(name: "LexFactsTests", dependencies: ["LexFacts", "MeetyTestSupport"]),
        .testTarget(name: "MeetingRecordsTests", dependencies: ["MeetingRecords", "MeetyTestSupport"]),
        .testTarget(name: "MeetyDiagnosticsTests", dependencies: ["MeetyDiagnostics", "MeetyTestSupport"]),
        .testTarget(name: "YAMLNodeTests", dependencies: ["YAMLNode", "MeetyTestSupport"]),
        .testTarget(
            name: "BotModelTests",
            dependencies: ["BotModel", "MeetyTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "LexModelTests",
            dependencies: ["LexModel", "MeetyTestSupport", "LexFacts"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "LexConditionsTests", dependencies: ["LexConditions", "MeetyDiagnostics"]),
        .testTarget(
            name: "LexCompilerTests",
            dependencies: ["LexCompiler", "BotModel", "LexModel", "MeetyTestSupport"],
            resources: [.copy("Golden")]
        ),
        .testTarget(
            name: "CodeHooksTests",
            dependencies: ["CodeHooks", "MeetyTestSupport", "LexFacts"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "LexRuntimeTests",
            dependencies: ["LexRuntime", "LexModel", "CodeHooks", "MeetyTestSupport", "LexFacts"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "MeetyLambdaTests",
            dependencies: ["MeetyLambda", "CodeHooks", "MeetyTestSupport", "LexFacts", "MeetingRecords"]
        ),
        .testTarget(
            name: "ConversationsTests",
            dependencies: ["Conversations", "MeetyTestSupport", "LexFacts", "MeetingRecords"]
        ),
        .testTarget(
            name: "ConversationRunnerTests",
            dependencies: [
                "ConversationRunner", "Conversations", "LexRuntime", "MeetyLambda", "MeetyTestSupport", "BotModel",
                "LexCompiler", "CodeHooks", "MeetyWorld", "LexFacts", "MeetingRecords", "MeetyDiagnostics",
            ]
        ),
        .testTarget(
            name: "MeetyWorldTests",
            dependencies: [
                "MeetyWorld", "ConversationRunner", "Conversations", "MeetyLambda", "MeetingRecords",
                "MeetyTestSupport",
                "MeetyDiagnostics", "LexFacts", "MeetyWorldDynamoDB",
            ]
        ),
        .testTarget(
            name: "MeetyBotCLITests",
            dependencies: [
                "MeetyBotCLI", "MeetyTestSupport", "ConversationRunner", "MeetyWorld", "LexFacts", "FunctionHost",
            ],
            exclude: ["Fixtures"],
            swiftSettings: withAWS ? [.define("AWS")] : []
        ),
        .testTarget(
            name: "MeetyBenchmarkTests",
            dependencies: [
                "MeetyBenchmark", "MeetyTestSupport", "BotModel", "ConversationRunner", "MeetyDiagnostics",
                "MeetyWorld",
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "FormatSchemasTests", dependencies: ["FormatSchemas", "BotModel", "Conversations", "LexModel"]
        ),
        .testTarget(
            name: "LexTemplatesTests",
            dependencies: ["LexTemplates", "LexModel", "MeetyDiagnostics", "MeetyTestSupport"]
        ),
        .testTarget(
            name: "BotImportTests",
            dependencies: [
                "BotImport", "BotDiff", "BotModel", "LexCompiler", "LexModel", "MeetyDiagnostics", "MeetyTestSupport",
                "YAMLNode",
            ]
        ),
        .testTarget(
            name: "BotDiffTests", dependencies: ["BotDiff", "BotModel", "LexCompiler", "LexModel", "MeetyDiagnostics"]
        ),
        .testTarget(name: "MeetyFuzzingTests", dependencies: ["MeetyFuzzing", "MeetyTestSupport"]),
        .testTarget(name: "MeetyAWSTests", dependencies: ["MeetyAWS", "MeetyTestSupport"]),
        .testTarget(
            name: "LexRuntimeServerTests",
            dependencies: [
                "LexRuntimeServer", "LexRuntimeServerSigV4", "ConversationRunner", "LexRuntime", "CodeHooks",
                "LexFacts",
                "MeetyAWS",
                "MeetyWorld", "BotModel", "LexCompiler", "MeetyTestSupport",
            ]
        ),
        .testTarget(
            name: "DynamoDBStoreTests",
            dependencies: [
                "DynamoDBStore", "MeetyLambda", "MeetyAWS", "CodeHooks", "MeetyTestSupport", "LexFacts",
                "MeetingRecords",
            ]
        ),
        .testTarget(
            name: "LambdaHostTests",
            dependencies: [
                "LambdaHost", "CodeHooks", "MeetyTestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "FunctionHostTests",
            dependencies: ["FunctionHost", "CodeHooks", "MeetyTestSupport", "LexFacts"],
            resources: [.copy("Fixtures")]
        ),
    ]
)

for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("ExistentialAny")]
}
