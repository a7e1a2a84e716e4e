"""Stand-ins for Amazon Linux 2023's system libraries, for running a Lambda zip in a bare root.

The real Amazon Linux 2023 libraries cannot be downloaded on the build machines, so the root of
scripts/lambda_emulator.py gets decoys in /lib64 and /usr/lib64 instead: a loader that only reports
that it ran, and libc/libm/libstdc++/libgcc_s with the sonames and exactly the version nodes Amazon
Linux 2023's copies define (lambda_al2023.al2023_defines) but no code. A program that takes anything
from them fails loudly, with the `version ... not found` error Amazon Linux 2023 itself would give.
"""
import os
import re
import shutil
import subprocess
import tempfile

from lambda_al2023 import LOADER_SONAME, al2023_defines, read_elf

DECOY_LOADER = r"""
/* A stand-in for Amazon Linux 2023's /lib64/ld-linux-x86-64.so.2: it reports that it was used and
 * exits 127. Freestanding (no libc), because a loader runs before any library is mapped. */
static long call(long number, long a, long b, long c) {
    long result;
    __asm__ volatile("syscall" : "=a"(result) : "a"(number), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
    return result;
}
void _start(void) {
    static const char message[] =
        "decoy /lib64/ld-linux-x86-64.so.2 ran: the program's interpreter is the system's, not the zip's\n";
    call(1, 2, (long)message, sizeof message - 1);
    call(231, 127, 0, 0);
    for (;;) {}
}
"""


DECOY_LIBRARIES = ("libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1")


def host_library(soname):
    """The path of `soname` on this machine, from the loader cache."""
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    for line in listing.splitlines():
        found = re.match(r"\s*(\S+) \((\S+)\) => (\S+)", line)
        if found and found.group(1) == soname and "x86-64" in found.group(2):
            return found.group(3)
    raise FileNotFoundError(f"{soname} is not in this machine's loader cache")


def install_decoy_system(root, compiler="cc"):
    """Puts stand-ins for Amazon Linux 2023's system libraries into root/lib64 and root/usr/lib64.

    Each decoy library has the soname of the real one and defines exactly the version nodes
    Amazon Linux 2023's copy defines (this machine's nodes that `al2023_defines` accepts), but no
    code: a program that loads it fails with `version ... not found` (the error AL2023 itself
    would give) or `symbol lookup error`. The decoy loader only prints that it ran. None of them is
    a file of the build machine. Returns the paths made."""
    made = []
    with tempfile.TemporaryDirectory(prefix="meety-decoys-") as work:
        for directory in ("lib64", "usr/lib64"):
            os.makedirs(os.path.join(root, directory), exist_ok=True)
        loader_source = os.path.join(work, "loader.c")
        with open(loader_source, "w") as handle:
            handle.write(DECOY_LOADER)
        loader = os.path.join(root, "lib64", LOADER_SONAME)
        subprocess.run([compiler, "-O2", "-nostdlib", "-static-pie", "-fPIE", "-ffreestanding",
                        "-fno-stack-protector", "-o", loader, loader_source], check=True)
        made.append(loader)
        for soname in DECOY_LIBRARIES:
            real = host_library(soname)
            nodes = sorted(v for v in read_elf(real, real).definitions if al2023_defines(soname, v))
            symbol = lambda node: "meety_decoy_" + re.sub(r"\W", "_", node)
            script, source = os.path.join(work, soname + ".map"), os.path.join(work, soname + ".c")
            with open(script, "w") as handle:
                handle.writelines(f"{node} {{ global: {symbol(node)}; }};\n" for node in nodes)
            with open(source, "w") as handle:
                handle.writelines(f"int {symbol(node)};\n" for node in nodes)
            target = os.path.join(root, "lib64", soname)
            subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", f"-Wl,--version-script={script}",
                            "-o", target, source], check=True)
            made.append(target)
            shutil.copy2(target, os.path.join(root, "usr/lib64", soname))
            made.append(os.path.join(root, "usr/lib64", soname))
    for path in made:
        os.chmod(path, 0o755)
    return made
