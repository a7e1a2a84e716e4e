#!/usr/bin/env python3
"""Validate Lex V2 export files against the CloudFormation schema of AWS::Lex::Bot.

The export JSON (BotLocale.json, Intent.json, Slot.json, SlotType.json) is the CloudFormation
vocabulary with lowerCamelCase keys. This script loads cfn-lint's copy of the AWS::Lex::Bot
resource schema, converts it to the export's vocabulary and validates every such file under the
directories given with jsonschema:

- property names become lowerCamelCase; a leading acronym is lowered whole (SSMLMessage ->
  ssmlMessage, DTMFSpecification -> dtmfSpecification), inner ones stay (AllowDTMFInput ->
  allowDTMFInput);
- in a DialogState, sessionAttributes is an object of strings (CloudFormation: a list of
  {Key, Value}) and intent.slots an object of SlotValueOverride (CloudFormation: a list of
  {SlotName, SlotValueOverride});
- before validation nulls are dropped, the export-only keys identifier and version are removed
  from each file and intentsInScope from every dialog action, and a BotLocale's identifier becomes
  localeId (its display name is dropped).

Usage:
    scripts/check-lex-schema.py DIR [DIR ...]   validate every export file under the directories
    scripts/check-lex-schema.py --self-test     the real console exports must pass and a
                                                deliberately broken file must fail

Exits 1 on any failure (or when no export file is found), printing each problem.
"""

import copy
import glob
import json
import os
import re
import sys
import tempfile

import cfnlint
import jsonschema

KINDS = {
    "BotLocale.json": "BotLocale",
    "Intent.json": "Intent",
    "Slot.json": "Slot",
    "SlotType.json": "SlotType",
}
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(REPO, "Tests", "LexModelTests", "Fixtures")


def load_cfn_schema():
    """cfn-lint's AWS::Lex::Bot schema: the file us-east-1 maps the type to, else any with that typeName."""
    base = os.path.join(os.path.dirname(cfnlint.__file__), "data", "schemas")
    provider = os.path.join(base, "providers", "us_east_1.py")
    preferred = None
    if os.path.exists(provider):
        with open(provider, encoding="utf-8") as handle:
            match = re.search(r'"AWS::Lex::Bot":\s*"([0-9a-f]+)"', handle.read())
        if match:
            preferred = os.path.join(base, "resources", match.group(1) + ".json")
    candidates = ([preferred] if preferred else []) + sorted(glob.glob(os.path.join(base, "resources", "*.json")))
    for path in candidates:
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as handle:
            schema = json.load(handle)
        if schema.get("typeName") == "AWS::Lex::Bot":
            return schema, path
    sys.exit("error: no AWS::Lex::Bot schema in the installed cfn-lint")


def lower_camel(name):
    for acronym in ("SSML", "DTMF"):
        if name.startswith(acronym):
            return acronym.lower() + name[len(acronym):]
    return name[:1].lower() + name[1:]


def convert_node(node):
    """Renames property names (and required lists) to the export's spelling, recursively."""
    if isinstance(node, list):
        return [convert_node(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {}
    for key, value in node.items():
        if key == "properties" and isinstance(value, dict):
            result[key] = {lower_camel(name): convert_node(sub) for name, sub in value.items()}
        elif key == "required" and isinstance(value, list):
            result[key] = [lower_camel(name) for name in value]
        elif key == "patternProperties" and isinstance(value, dict):
            result[key] = {pattern: convert_node(sub) for pattern, sub in value.items()}
        else:
            result[key] = convert_node(value)
    return result


def export_definitions(cfn):
    definitions = convert_node(copy.deepcopy(cfn["definitions"]))
    attribute = definitions["SessionAttribute"]["properties"]
    definitions["DialogState"]["properties"]["sessionAttributes"] = {
        "type": "object",
        "propertyNames": attribute["key"],
        "additionalProperties": attribute["value"],
    }
    definitions["IntentOverride"]["properties"]["slots"] = {
        "type": "object",
        "propertyNames": definitions["SlotValueOverrideMap"]["properties"]["slotName"],
        "additionalProperties": {"$ref": "#/definitions/SlotValueOverride"},
    }
    return definitions


def drop_nulls(value):
    if isinstance(value, dict):
        return {key: drop_nulls(sub) for key, sub in value.items() if sub is not None}
    if isinstance(value, list):
        return [drop_nulls(item) for item in value if item is not None]
    return value


def strip_scope(value):
    """Removes intentsInScope (newer exports put it in every dialog action; no schema has it)."""
    if isinstance(value, dict):
        return {key: strip_scope(sub) for key, sub in value.items() if key != "intentsInScope"}
    if isinstance(value, list):
        return [strip_scope(item) for item in value]
    return value


def prepare(kind, document):
    if not isinstance(document, dict):
        return document
    document = strip_scope(drop_nulls(document))
    if kind == "BotLocale" and "identifier" in document:
        document["localeId"] = document.pop("identifier")
        document.pop("name", None)
    document.pop("identifier", None)
    document.pop("version", None)
    return document


def location(error):
    return "/".join(str(part) for part in error.absolute_path) or "(top level)"


def validate_file(path, kind, definitions):
    """The problems of one file, as printable lines (empty when it is valid)."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            document = json.load(handle)
    except (OSError, ValueError) as error:
        return [f"not readable JSON: {error}"]
    schema = {"$ref": f"#/definitions/{kind}", "definitions": definitions}
    validator = jsonschema.Draft7Validator(schema)
    errors = sorted(validator.iter_errors(prepare(kind, document)), key=lambda e: (location(e), e.message))
    return [f"{location(error)}: {error.message}" for error in errors]


def export_files(directories):
    found = []
    for directory in directories:
        if os.path.isfile(directory) and os.path.basename(directory) in KINDS:
            found.append(directory)
            continue
        for root, _, files in os.walk(directory):
            found.extend(os.path.join(root, name) for name in files if name in KINDS)
    return sorted(found)


def check(directories, definitions, quiet=False):
    """Validates every export file; returns (files checked, failures as {path: problems})."""
    files = export_files(directories)
    failures = {}
    for path in files:
        kind = KINDS[os.path.basename(path)]
        problems = validate_file(path, kind, definitions)
        if problems:
            failures[path] = problems
            if not quiet:
                print(f"FAIL {kind:<9} {path}")
                for problem in problems:
                    print(f"      {problem}")
    return files, failures


def self_test(definitions):
    fixtures = [os.path.join(FIXTURES, name) for name in ("PizzaShop", "TravelBuddy", "QicTestBot")]
    files, failures = check(fixtures, definitions)
    ok = True
    if not files or failures:
        print(f"self-test: the real console exports must pass ({len(failures)} of {len(files)} files failed)")
        ok = False
    else:
        print(f"self-test: {len(files)} files of the real console exports pass")
    source = os.path.join(FIXTURES, "PizzaShop", "PizzaShop", "BotLocales", "en_US", "Intents", "MakePizza")
    with open(os.path.join(source, "Slots", "crust", "Slot.json"), encoding="utf-8") as handle:
        slot = json.load(handle)
    slot["name"] = "crust type"
    slot["valueElicitationSetting"]["promptSpecification"]["maxRetries"] = 9
    slot["valueElicitationSetting"]["slotConstraint"] = "Mandatory"
    with open(os.path.join(source, "Intent.json"), encoding="utf-8") as handle:
        intent = json.load(handle)
    intent["intentClosingSetting"]["nextStep"] = {
        "dialogAction": {"type": "CloseIntent"},
        "sessionAttributes": [{"Key": "a", "Value": "b"}],
    }
    intent["slotPriorities"][0]["priority"] = 101
    expected = {
        "Slot.json": {
            "name: 'crust type' does not match",
            "valueElicitationSetting/promptSpecification/maxRetries: 9 is greater than the maximum of 5",
            "valueElicitationSetting/slotConstraint: 'Mandatory' is not one of",
        },
        "Intent.json": {
            "intentClosingSetting/nextStep/sessionAttributes: [{'Key': 'a', 'Value': 'b'}] is not of type 'object'",
            "slotPriorities/0/priority: 101 is greater than the maximum of 100",
        },
    }
    with tempfile.TemporaryDirectory() as directory:
        for name, document in (("Slot.json", slot), ("Intent.json", intent)):
            with open(os.path.join(directory, name), "w", encoding="utf-8") as handle:
                json.dump(document, handle)
        files, failures = check([directory], definitions, quiet=True)
        for name, wanted in expected.items():
            problems = failures.get(os.path.join(directory, name), [])
            missing = [text for text in wanted if not any(problem.startswith(text) for problem in problems)]
            if missing or len(problems) != len(wanted):
                print(f"self-test: the broken {name} must fail with exactly {sorted(wanted)}; got {problems}")
                ok = False
            else:
                print(f"self-test: the broken {name} fails as expected ({len(problems)} problems)")
    return ok


def main(arguments):
    if not arguments or arguments[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if arguments else 2
    cfn, path = load_cfn_schema()
    definitions = export_definitions(cfn)
    if arguments == ["--self-test"]:
        print(f"schema: {path}")
        return 0 if self_test(definitions) else 1
    missing = [directory for directory in arguments if not os.path.exists(directory)]
    if missing:
        print(f"error: no such file or directory: {', '.join(missing)}")
        return 1
    files, failures = check(arguments, definitions)
    if not files:
        print(f"error: no BotLocale.json, Intent.json, Slot.json or SlotType.json under {', '.join(arguments)}")
        return 1
    print(f"{len(files) - len(failures)} of {len(files)} export files valid against {os.path.basename(path)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
