"""What a Lambda zip for the provided.al2023 runtime may rely on, and a check that it relies on
nothing else.

Amazon Linux 2023 has glibc 2.34 and GCC 11 (libstdc++ GLIBCXX_3.4.29, libgcc_s GCC_7.0.0). A zip
built on a newer system must therefore bring its own loader and libraries, and every ELF file in
it must find each library it needs, with each symbol version it needs, either inside the zip
(through DT_RPATH, which the loader searches before Lambda's LD_LIBRARY_PATH) or in what Amazon
Linux 2023 provides. `zip_problems` lists every violation; scripts/check-lambda-zip.py is its CLI.

scripts/al2023_decoys.py builds the other half of the proof from the same facts: stand-ins for
Amazon Linux 2023's /lib64 for the emulator run. See docs/deploying-the-lexlambda.md.
"""
import dataclasses
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

TASK_ROOT = "/var/task"
LOADER_SONAME = "ld-linux-x86-64.so.2"
SYSTEM_LOADER = "/lib64/" + LOADER_SONAME
# Lambda's LD_LIBRARY_PATH on provided.al2023 (aws-lambda-base-images, Dockerfile.provided.al2023).
LAMBDA_LD_LIBRARY_PATH = "/var/lang/lib:/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:/var/task:/var/task/lib:/opt/lib"

# The highest version node of each family on Amazon Linux 2023: glibc 2.34; GCC 11's libstdc++
# (GLIBCXX_3.4.29; CXXABI kept at GCC 10's 1.3.12 because GCC 11's value is not verified here)
# and libgcc_s (GCC_7.0.0; GCC_12.0.0 came with GCC 12).
AL2023_MAXIMUM = {"GLIBC": (2, 34), "GLIBCXX": (3, 4, 29), "CXXABI": (1, 3, 12), "GCC": (7, 0, 0)}

# Libraries of the system, with the version families they define. glibc is part of every
# provided.al2023 image; whether that image ships libstdc++ and libgcc_s is not verified, so a zip
# must bundle them (the check says which versions AL2023's GCC 11 would lack, too).
GLIBC_LIBRARIES = {
    LOADER_SONAME, "libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2", "librt.so.1",
    "libutil.so.1", "libresolv.so.2", "libanl.so.1", "libmvec.so.1",
}
SYSTEM_FAMILIES = {**{name: ("GLIBC",) for name in GLIBC_LIBRARIES},
                   "libstdc++.so.6": ("GLIBCXX", "CXXABI"), "libgcc_s.so.1": ("GCC",)}
UNVERIFIED_SYSTEM_LIBRARIES = {"libstdc++.so.6", "libgcc_s.so.1"}


def al2023_defines(soname, version):
    """Whether Amazon Linux 2023's copy of `soname` defines the version node `version`."""
    match = re.fullmatch(r"([A-Z]+)_([0-9]+(?:\.[0-9]+)*)", version)
    if not match or match.group(1) not in SYSTEM_FAMILIES.get(soname, ()):
        return False  # GLIBC_PRIVATE, GLIBC_ABI_DT_RELR (2.36) and unknown nodes
    numbers = tuple(int(part) for part in match.group(2).split("."))
    return numbers <= AL2023_MAXIMUM[match.group(1)]


@dataclasses.dataclass
class ElfFile:
    """The dynamic-linking facts of one ELF file, as `readelf` reports them."""
    path: str                     # absolute path on Lambda, e.g. /var/task/lib/libc.so.6
    interpreter: str | None
    needed: list
    rpath: list
    runpath: list
    soname: str | None
    definitions: set              # version nodes it defines
    requirements: dict            # library soname -> [version nodes it needs from it]


def read_elf(file, lambda_path):
    """Reads `file` (a path on this machine) that will live at `lambda_path`."""
    text = subprocess.run(["readelf", "-W", "-d", "-l", "-V", file], capture_output=True, text=True,
                          check=True, env=dict(os.environ, LC_ALL="C")).stdout
    dynamic = lambda tag: re.findall(r"\(" + tag + r"\)\s+\S+(?: \S+)*?: \[([^\]]*)\]", text)
    interpreter = re.search(r"\[Requesting program interpreter: ([^\]]+)\]", text)
    definitions, requirements = set(), {}
    section = None
    for line in text.splitlines():
        if line.startswith("Version definition section"):
            section = "definitions"
        elif line.startswith("Version needs section"):
            section = "needs"
        elif line.startswith(("Version symbols section", "Dynamic section", "Program Headers")):
            section = None
        elif section == "definitions":
            found = re.search(r"Flags: (\S+)\s+Index: \d+\s+Cnt: \d+\s+Name: (\S+)", line)
            if found and found.group(1) != "BASE":
                definitions.add(found.group(2))
        elif section == "needs":
            library = re.search(r"File: (\S+)\s+Cnt:", line)
            if library:
                current = requirements.setdefault(library.group(1), [])
            version = re.search(r"Name: (\S+)\s+Flags:", line)
            if version:
                current.append(version.group(1))
    split = lambda values: [part for value in values for part in value.split(":") if part]
    soname = dynamic("SONAME")
    return ElfFile(lambda_path, interpreter.group(1) if interpreter else None, dynamic("NEEDED"),
                   split(dynamic("RPATH")), split(dynamic("RUNPATH")), soname[0] if soname else None,
                   definitions, requirements)


def is_elf(file):
    with open(file, "rb") as handle:
        return handle.read(4) == b"\x7fELF"


def unpack(zip_path, destination):
    """Unpacks the zip with the permission bits it records (Lambda keeps them) and returns
    {name: mode} of its regular files."""
    modes = {}
    with zipfile.ZipFile(zip_path) as archive:
        for info in archive.infolist():
            target = os.path.join(destination, info.filename)
            if info.is_dir():
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with archive.open(info) as source, open(target, "wb") as sink:
                shutil.copyfileobj(source, sink)
            mode = (info.external_attr >> 16) & 0o7777
            modes[info.filename] = mode
            os.chmod(target, mode or 0o644)
    return modes


class ZipCheck:
    """Resolves every library need of every ELF file of an unpacked zip the way Lambda's loader
    would, and collects the needs that nothing satisfies."""

    def __init__(self, root, modes):
        self.root = root
        self.modes = modes
        self.problems = []
        self.files = {}
        for name in sorted(modes):
            if is_elf(os.path.join(root, name)):
                self.files[name] = read_elf(os.path.join(root, name), f"{TASK_ROOT}/{name}")

    def in_zip(self, lambda_path):
        """The zip member at an absolute Lambda path, or None."""
        if not lambda_path.startswith(TASK_ROOT + "/"):
            return None
        name = os.path.normpath(lambda_path)[len(TASK_ROOT) + 1:]
        return name if name in self.modes else None

    def run(self):
        if "bootstrap" not in self.modes:
            return [f"the zip has no bootstrap at its root (Lambda runs {TASK_ROOT}/bootstrap)"]
        self.require_mode("bootstrap", 0o555, "executable by everyone (Lambda runs it as another user)")
        for name, mode in sorted(self.modes.items()):
            if mode & 0o444 != 0o444:
                self.problems.append(f"{name}: mode {mode:o} is not readable by everyone")
        executable = self.files.get("bootstrap")
        if executable is None:
            return self.problems  # a script bootstrap: nothing to link
        self.executable = executable
        self.interpreter = None
        if executable.interpreter:
            self.interpreter = self.in_zip(executable.interpreter)
            if executable.interpreter.startswith(TASK_ROOT + "/") and self.interpreter is None:
                self.problems.append(f"bootstrap: its interpreter {executable.interpreter} is not in the zip")
            elif self.interpreter:
                self.require_mode(self.interpreter, 0o555, "executable by everyone (it is bootstrap's interpreter)")
            elif executable.interpreter != SYSTEM_LOADER:
                self.problems.append(f"bootstrap: interpreter {executable.interpreter} does not exist on Amazon Linux 2023")
        for name, elf in self.files.items():
            if elf.runpath:
                self.problems.append(
                    f"{name}: uses DT_RUNPATH {':'.join(elf.runpath)}, which Lambda's LD_LIBRARY_PATH (/lib64 first) "
                    "overrides; set DT_RPATH instead (patchelf --force-rpath --set-rpath)")
            for library in dict.fromkeys(elf.needed + list(elf.requirements)):
                self.check_need(name, elf, library, elf.requirements.get(library, []))
        return self.problems

    def require_mode(self, name, bits, why):
        if self.modes[name] & bits != bits:
            self.problems.append(f"{name}: mode {self.modes[name]:o} is not {why}")

    def resolve(self, elf, library):
        """(zip member or None, how it was found) for `library` needed by `elf`."""
        if library == LOADER_SONAME and self.executable.interpreter:
            return self.interpreter, "the interpreter " + self.executable.interpreter
        directories = []
        if not elf.runpath:
            directories = elf.rpath + (self.executable.rpath if elf is not self.executable else [])
        for directory in directories:
            directory = directory.replace("$ORIGIN", os.path.dirname(elf.path)).replace("${ORIGIN}", os.path.dirname(elf.path))
            member = self.in_zip(f"{directory}/{library}")
            if member:
                return member, "DT_RPATH " + directory
        if library in SYSTEM_FAMILIES:
            return None, "the system's /lib64 (it is in no DT_RPATH directory of the zip)"
        for directory in LAMBDA_LD_LIBRARY_PATH.split(":"):
            member = self.in_zip(f"{directory}/{library}")
            if member:
                self.problems.append(
                    f"{elf.path[len(TASK_ROOT) + 1:]}: {library} is reachable only through LD_LIBRARY_PATH, after the "
                    "system directories; put its directory on DT_RPATH")
                return member, "LD_LIBRARY_PATH " + directory
        return None, "nowhere"

    def check_need(self, name, elf, library, versions):
        member, how = self.resolve(elf, library)
        if library in GLIBC_LIBRARIES and library != LOADER_SONAME and self.executable.interpreter:
            loader_in_zip = self.interpreter is not None
            if loader_in_zip != (member is not None):
                self.problems.append(
                    f"{name}: takes {library} from {'the system' if member is None else member} but the loader from "
                    f"{'the zip' if loader_in_zip else 'the system'} ({self.executable.interpreter}); a loader and "
                    "its libc must come from one glibc build")
        if member is not None:
            provider = self.files.get(member)
            missing = [v for v in versions if provider is None or v not in provider.definitions]
            for version in missing:
                self.problems.append(f"{name}: needs {version} from {library}, which {member} (found through {how}) does not define")
            return
        if library not in SYSTEM_FAMILIES:
            self.problems.append(
                f"{name}: needs {library}, which is not in the zip (on its DT_RPATH) and not a library Amazon Linux 2023 is known to provide")
            return
        lacking = [v for v in versions if not al2023_defines(library, v)]
        if lacking:
            self.problems.append(
                f"{name}: needs {', '.join(lacking)} from {library}, found through {how}; Amazon Linux 2023's {library} "
                f"lacks {'it' if len(lacking) == 1 else 'them'} ({describe_maximum(library)})")
        if library in UNVERIFIED_SYSTEM_LIBRARIES:
            self.problems.append(
                f"{name}: needs {library} from the system, but whether provided.al2023 ships it is not verified; bundle it")


def describe_maximum(library):
    families = SYSTEM_FAMILIES[library]
    return ", ".join(f"at most {family}_{'.'.join(map(str, AL2023_MAXIMUM[family]))}" for family in families) + \
        (" and no GLIBC_PRIVATE of another glibc build" if "GLIBC" in families else "")


def zip_problems(zip_path):
    """Everything that keeps the zip from starting on provided.al2023; empty when it starts."""
    with tempfile.TemporaryDirectory(prefix="meety-zip-check-") as root:
        modes = unpack(zip_path, root)
        return ZipCheck(root, modes).run()


def write_zip(stage, zip_path, level=9):
    """Zips the directory `stage` deterministically (sorted names, a fixed date, deflate at `level`),
    recording 0755 for executable files (bootstrap, the loader) and 0644 for the others."""
    names = sorted(os.path.relpath(os.path.join(directory, file), stage)
                   for directory, _, files in os.walk(stage) for file in files)
    with zipfile.ZipFile(zip_path, "w") as archive:
        for name in names:
            path = os.path.join(stage, name)
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.external_attr = (0o100755 if os.access(path, os.X_OK) else 0o100644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(path, "rb") as handle:
                archive.writestr(info, handle.read(), compresslevel=level)
