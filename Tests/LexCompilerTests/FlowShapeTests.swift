import Foundation
import LexCompiler
import LexModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing

/// The compiled flow JSON has the console's shapes: every flow object the compiler writes for the
/// PizzaFlow golden bot has only keys that the same kind of object has in real console exports,
/// and every key all of them have (`Tests/LexModelTests/Fixtures`: reminderbot for branches, step
/// hooks, labels and slot resets; aws-cloud-assistant for contexts and default values; TravelBuddy,
/// QicTestBot, fsi-agent and the others for confirmation, fulfillment and closing settings).
@Suite("Flow JSON shapes against real console exports")
struct FlowShapeTests {
    /// The kinds of flow objects compared, named by the key that holds them.
    private static func kind(ofObjectUnder key: String, grandparent: String?) -> String? {
        if key == "nextStep" || key.hasSuffix("NextStep") { return "DialogState" }
        if key == "conditional" || key.hasSuffix("Conditional") { return "ConditionalSpecification" }
        if grandparent == "intent", key == "slots" { return nil }
        let kinds = [
            "dialogAction", "conditionalBranches", "defaultBranch", "condition", "codeHook", "elicitationCodeHook",
            "postCodeHookSpecification", "postFulfillmentStatusSpecification", "initialResponseSetting",
            "slotCaptureSetting", "intentClosingSetting", "intentConfirmationSetting", "fulfillmentCodeHook",
            "inputContexts", "outputContexts", "defaultValueSpecification", "defaultValueList", "slotOverride",
        ]
        return kinds.contains(key) ? key : nil
    }

    /// Keys no fixture export happens to write with a value, though the console writes them (they
    /// are in the API and CloudFormation models, and `scripts/check-lex-schema.py` validates them):
    /// the fixture bots have no closing, post-fulfillment or confirmation branches and no
    /// confirmation or confirmation-failure response.
    private static let keysNoFixtureUses: [String: Set<String>] = [
        "intentClosingSetting": ["conditional"],
        "postFulfillmentStatusSpecification": ["successConditional", "failureConditional", "timeoutConditional"],
        "intentConfirmationSetting": [
            "confirmationResponse", "failureResponse", "confirmationConditional", "declinationConditional",
            "failureConditional",
        ],
    ]

    /// Key sets of every flow object in `files`, by kind; `nonNull` keeps only keys with a value.
    private static func shapes(_ files: [Data], nonNull: Bool = false) throws -> [String: Set<[String]>] {
        var shapes: [String: Set<[String]>] = [:]
        func walk(_ value: Any, key: String?, parent: String?) {
            if let object = value as? [String: Any] {
                if let key, let kind = kind(ofObjectUnder: key, grandparent: parent) {
                    let keys = object.filter { !nonNull || !($0.value is NSNull) }.keys
                    shapes[kind, default: []].insert(keys.sorted())
                }
                for (name, member) in object {
                    if key == "intent", name == "slots", let slots = member as? [String: Any] {
                        for override in slots.values { walk(override, key: "slotOverride", parent: nil) }
                    } else {
                        walk(member, key: name, parent: key)
                    }
                }
            } else if let array = value as? [Any] {
                for element in array { walk(element, key: key, parent: parent) }
            }
        }
        for data in files { walk(try JSONSerialization.jsonObject(with: data), key: nil, parent: nil) }
        return shapes
    }

    private static func exportFiles(_ folder: String) throws -> [Data] {
        let root = TestResources.path("Tests/LexModelTests/Fixtures/\(folder)")
        let found = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var files: [Data] = []
        while let url = found?.nextObject() as? URL {
            if ["Intent.json", "Slot.json"].contains(url.lastPathComponent) { files.append(try Data(contentsOf: url)) }
        }
        return files
    }

    @Test("every compiled flow object has the keys of the same object in a real export")
    func compiledShapesAreConsoleShapes() throws {
        let compiled = try GoldenCase.pizzaFlow.compiled()
        let flowFiles = compiled.files.filter { $0.key.hasSuffix("Intent.json") || $0.key.hasSuffix("Slot.json") }
        let files = flowFiles.keys.sorted().compactMap { flowFiles[$0] }
        let ours = try Self.shapes(files)
        let oursWithValues = try Self.shapes(files, nonNull: true)
        var real: [String: Set<[String]>] = [:]
        for folder in ["real-bots", "TravelBuddy", "QicTestBot"] {
            real.merge(try Self.shapes(Self.exportFiles(folder))) { $0.union($1) }
        }
        #expect(ours.count >= 16, "kinds compiled: \(ours.keys.sorted())")
        for (kind, keySets) in ours.sorted(by: { $0.key < $1.key }) {
            let known = try #require(real[kind], "no real export has a \(kind) to compare with")
            // Exports differ in which null keys they write (the model writes every key), so: every
            // key written with a value is one a real export writes, and every key all of them write
            // is there.
            let written = known.reduce(into: Self.keysNoFixtureUses[kind, default: []]) { $0.formUnion($1) }
            let always = known.dropFirst().reduce(Set(known.first ?? [])) { $0.intersection($1) }
            for keys in oursWithValues[kind, default: []] {
                #expect(Set(keys).isSubset(of: written), "\(kind) writes \(Set(keys).subtracting(written).sorted())")
            }
            for keys in keySets {
                #expect(always.isSubset(of: Set(keys)), "\(kind) lacks \(always.subtracting(keys).sorted())")
            }
        }
    }

    @Test("the compiled tree reads back into the model the compiler built, flows included")
    func flowsRoundTrip() throws {
        let compiled = try GoldenCase.pizzaFlow.compiled()
        var bag = DiagnosticBag()
        let read = try #require(
            LexExportReader().read(files: treeFiles(compiled), source: compiled.treeRoot, into: &bag))
        #expect(bag.diagnostics.isEmpty)
        let intent = try #require(read.locales.first?.intents.first { $0.name == "OrderPizza" })
        let initial = try #require(intent.intent.initialResponseSetting)
        #expect(initial.nextStep?.dialogAction?.type == .invokeDialogCodeHook)
        #expect(initial.codeHook?.invocationLabel == "StartOrder")
        let success = try #require(initial.codeHook?.postCodeHookSpecification.successConditional)
        #expect(success.conditionalBranches.map(\.condition.expressionString) == ["fn.IS_SET({Size})"])
        #expect(success.defaultBranch.nextStep?.dialogAction?.slotToElicit == "Size")
        let toppings = try #require(intent.slots.first { $0.name == "Toppings" })
        #expect(toppings.multipleValuesSetting?.allowMultipleValues == true)
        let reset = toppings.valueElicitationSetting.slotCaptureSetting?.captureConditional?.conditionalBranches.first
        #expect(reset?.nextStep.intent?.slots?["Toppings"] == LexSlotValueOverride(value: LexSlotValue()))
        #expect(reset?.nextStep.dialogAction?.suppressNextMessage == true)
        #expect(
            intent.intent.outputContexts == [
                LexOutputContext(name: "PizzaOrdered", timeToLiveInSeconds: 600, turnsToLive: 5)
            ])
        let closing = try #require(intent.intent.intentClosingSetting)
        #expect(closing.nextStep?.dialogAction?.type == .evaluateConditional)
        #expect(closing.conditional?.defaultBranch.nextStep?.dialogAction?.type == .elicitIntent)
        #expect(read == sortedByName(compiled.export))
    }
}
