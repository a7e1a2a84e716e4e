#!/usr/bin/env python3
"""Makes a deliberately broken copy of a LexLambda zip, to show that the check
(scripts/check-lambda-zip.py) and the emulator run (scripts/lambda-emulator-test.py) refuse it.

Usage: break-lambda-zip.py ZIP OUT --leave-out lib/libstdc++.so.6   (a bundled library left out)
       break-lambda-zip.py ZIP OUT --system-interpreter             (interpreter /lib64/ld-linux-x86-64.so.2)
       break-lambda-zip.py ZIP OUT --runpath                        (DT_RUNPATH instead of DT_RPATH)
"""
import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lambda_al2023  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("zip")
    parser.add_argument("out")
    way = parser.add_mutually_exclusive_group(required=True)
    way.add_argument("--leave-out", metavar="MEMBER")
    way.add_argument("--system-interpreter", action="store_true")
    way.add_argument("--runpath", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="meety-broken-zip-") as stage:
        lambda_al2023.unpack(args.zip, stage)
        bootstrap = os.path.join(stage, "bootstrap")
        if args.leave_out:
            os.remove(os.path.join(stage, args.leave_out))
        elif args.system_interpreter:
            subprocess.run(["patchelf", "--set-interpreter", lambda_al2023.SYSTEM_LOADER, bootstrap], check=True)
        else:
            subprocess.run(["patchelf", "--remove-rpath", bootstrap], check=True)
            subprocess.run(["patchelf", "--set-rpath", f"{lambda_al2023.TASK_ROOT}/lib", bootstrap], check=True)
        lambda_al2023.write_zip(stage, args.out, level=1)  # a test artifact: fast beats small
    print(f"break-lambda-zip.py: wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
