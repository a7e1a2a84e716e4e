#!/usr/bin/env python3
"""Checks the YAML formats' JSON Schemas (schemas/*.schema.json) against the repository.

1. Every YAML file of the repository names its schema in its first line
   (`# yaml-language-server: $schema=...`), except the corpora of broken files listed in EXEMPT.
2. Every file that names one of meety-bot's schemas is valid against it (Python `jsonschema`,
   draft 2020-12), read as an editor's YAML language server reads it: YAML 1.2's core schema.
3. Every hostile-corpus file whose first error is a schema error (Tests/Corpus/hostile/expected.txt,
   codes in SCHEMA_CODES) is rejected by the schema of its format.
4. With the built meety-bot given, `meety-bot schema bot|conversation` prints the committed schemas,
   and the files `meety-bot init` writes are valid against the schemas they name.

Usage: scripts/check-schemas.py [--cli PATH/TO/meety-bot]   (exit 1 on any finding)
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA_LINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)\s*$")
# Broken on purpose: the hostile and fuzz corpora, and the validation fixtures that must fail.
EXEMPT = ("Tests/Corpus/", "Tests/BotModelTests/Fixtures/invalid/")
# CloudFormation templates (deploy/, the real templates among the fixtures) are no meety-bot format;
# cfn-lint checks deploy/, and the fixtures are byte-identical copies of published files.
CLOUDFORMATION = re.compile(r"^(AWSTemplateFormatVersion|Resources):", re.M)
# Diagnostic codes of errors a schema states: unknown keys, wrong types, values out of range or
# outside a closed set, names and lengths.
SCHEMA_CODES = {
    "unknown-key", "missing-key", "type-mismatch", "value-out-of-range", "unknown-action",
    "unknown-intent-state", "unknown-confirmation-state", "unknown-record-field", "invalid-name",
    "unknown-locale", "message-variant-count", "message-too-long", "utterance-too-long",
    "too-many-utterances", "unknown-parent-intent", "invalid-now", "invalid-record-value",
}


# libyaml's parser, as meety-bot uses it (the pure-Python one refuses some flow mappings libyaml reads).
class CoreSchemaLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """YAML 1.2 as meety-bot reads numbers: null, true/false, decimal integers and floats; everything
    else is a string (no YAML 1.1 `yes`, sexagesimal `10:30` or timestamps; `0x2` and `0o7` are text,
    which meety-bot refuses where a number belongs, as does YAML 1.2's JSON schema). NaN and
    infinities stay text, as JSON has none."""


CoreSchemaLoader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", list("~nN") + [""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", list("-+0123456789")),
    ("tag:yaml.org,2002:float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$",
     list("-+.0123456789")),
]:
    CoreSchemaLoader.add_implicit_resolver(tag, re.compile(pattern), first)


CoreSchemaLoader.add_constructor("tag:yaml.org,2002:int", lambda loader, node: int(loader.construct_scalar(node)))
CoreSchemaLoader.add_constructor("tag:yaml.org,2002:float", lambda loader, node: float(loader.construct_scalar(node)))


def load_yaml(path):
    with open(path, "rb") as handle:
        return yaml.load(handle.read().decode("utf-8"), Loader=CoreSchemaLoader)


def validator(path):
    with open(path, encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def repository_yaml_files():
    listed = subprocess.run(["git", "ls-files", "*.yaml", "*.yml"], cwd=ROOT, check=True, capture_output=True, text=True)
    return sorted(path for path in listed.stdout.split("\n") if path and not path.startswith(EXEMPT))


def named_schema(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as handle:
        match = SCHEMA_LINE.match(handle.readline().rstrip("\n"))
    return match.group(1) if match else None


def errors(validate, document):
    return sorted(validate.iter_errors(document), key=lambda error: list(error.absolute_path))


def describe(error):
    place = "/".join(str(part) for part in error.absolute_path) or "(root)"
    return f"{place}: {error.message[:200]}"


def check_repository(validators, findings):
    checked = {"bot": 0, "conversation": 0}
    for path in repository_yaml_files():
        with open(os.path.join(ROOT, path), encoding="utf-8") as handle:
            if CLOUDFORMATION.search(handle.read()):
                continue
        schema = named_schema(path)
        if schema is None:
            findings.append(f"{path}: the first line does not name a schema (# yaml-language-server: $schema=...)")
            continue
        if "://" in schema:
            continue  # a schema of another format (CloudFormation), named by its URL
        target = os.path.normpath(os.path.join(os.path.dirname(os.path.join(ROOT, path)), schema))
        kind = {validators[name][0]: name for name in validators}.get(target)
        if kind is None:
            findings.append(f"{path}: names {schema}, which is not one of schemas/*.schema.json")
            continue
        for error in errors(validators[kind][1], load_yaml(os.path.join(ROOT, path))):
            findings.append(f"{path}: not valid against {schema}: {describe(error)}")
        checked[kind] += 1
    print(f"repository: {checked['bot']} bot files and {checked['conversation']} conversation files valid "
          "against their schemas" if not findings else "repository: findings below")
    return checked


def check_hostile(validators, findings):
    corpus = os.path.join(ROOT, "Tests/Corpus/hostile")
    rejected = 0
    with open(os.path.join(corpus, "expected.txt"), encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if not parts or line.startswith("#") or parts[1] not in SCHEMA_CODES:
                continue
            relative, code = parts[0], parts[1]
            kind = "bot" if relative.startswith("bots/") else "conversation"
            try:
                document = load_yaml(os.path.join(corpus, relative))
            except (yaml.YAMLError, UnicodeDecodeError) as problem:
                findings.append(f"hostile {relative} [{code}]: cannot be read as YAML 1.2: {problem}")
                continue
            if not errors(validators[kind][1], document):
                findings.append(f"hostile {relative} [{code}]: the {kind} schema accepts it, but meety-bot refuses it")
            else:
                rejected += 1
    print(f"hostile corpus: {rejected} files with schema errors ({', '.join(sorted(SCHEMA_CODES))}) rejected")


def check_cli(cli, validators, findings):
    for kind, (path, _) in validators.items():
        printed = subprocess.run([cli, "schema", kind], check=True, capture_output=True, text=True).stdout
        with open(path, encoding="utf-8") as handle:
            if handle.read() != printed:
                findings.append(f"{os.path.relpath(path, ROOT)} differs from `meety-bot schema {kind}`")
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([cli, "init", folder, "--name", "SchemaCheck"], check=True, capture_output=True)
        count = 0
        for directory, _, files in os.walk(folder):
            for name in sorted(files):
                path = os.path.join(directory, name)
                if not name.endswith(".yaml"):
                    continue
                with open(path, encoding="utf-8") as handle:
                    match = SCHEMA_LINE.match(handle.readline().rstrip("\n"))
                if match is None:
                    findings.append(f"init's {os.path.relpath(path, folder)} names no schema")
                    continue
                target = os.path.normpath(os.path.join(directory, match.group(1)))
                with open(target, encoding="utf-8") as handle:
                    schema = json.load(handle)
                for error in errors(jsonschema.Draft202012Validator(schema), load_yaml(path)):
                    findings.append(f"init's {os.path.relpath(path, folder)}: {describe(error)}")
                count += 1
        print(f"meety-bot schema prints the committed schemas; init's {count} YAML files are valid")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", help="the built meety-bot, to check `schema` and `init`")
    arguments = parser.parse_args()
    validators = {
        kind: (os.path.join(ROOT, "schemas", f"{kind}.schema.json"),
               validator(os.path.join(ROOT, "schemas", f"{kind}.schema.json")))
        for kind in ("bot", "conversation")
    }
    findings = []
    check_repository(validators, findings)
    check_hostile(validators, findings)
    if arguments.cli:
        check_cli(arguments.cli, validators, findings)
    for finding in findings:
        print("error: " + finding, file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
