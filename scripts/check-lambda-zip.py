#!/usr/bin/env python3
"""Checks that a Lambda zip starts on provided.al2023: every ELF file in it must find each library
and each symbol version it needs inside the zip (through DT_RPATH or the bundled interpreter) or
in what Amazon Linux 2023 provides (glibc 2.34). Exit 0 when it does, 1 with every problem when not.

Usage: check-lambda-zip.py ZIP
       check-lambda-zip.py ZIP --expect-problem TEXT   (for broken zips: exit 0 only when the
                                                       check fails with a problem containing TEXT)
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lambda_al2023  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("zip")
    parser.add_argument("--expect-problem", metavar="TEXT")
    args = parser.parse_args()
    problems = lambda_al2023.zip_problems(args.zip)
    for problem in problems:
        print(f"{args.zip}: {problem}")
    if args.expect_problem is not None:
        if any(args.expect_problem in problem for problem in problems):
            print(f"check-lambda-zip.py: {args.zip} is refused, as expected ({args.expect_problem!r})")
            return 0
        print(f"check-lambda-zip.py: expected a problem containing {args.expect_problem!r} in {args.zip}", file=sys.stderr)
        return 1
    if problems:
        print(f"check-lambda-zip.py: {args.zip} cannot start on provided.al2023 ({len(problems)} problems)", file=sys.stderr)
        return 1
    print(f"check-lambda-zip.py: {args.zip}: every library and symbol version is met inside the zip or by "
          "Amazon Linux 2023's glibc 2.34")
    return 0


if __name__ == "__main__":
    sys.exit(main())
