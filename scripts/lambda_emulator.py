"""A Lambda zip under the AWS Lambda Runtime Interface Emulator, in a root that holds nothing of
this machine but the unpacked zip.

`BareRoot` builds the root: the zip at /var/task (with its recorded modes), the emulator at
/usr/local/bin/aws-lambda-rie (a static Go binary from the aws-sam-cli wheel), and stand-ins for
Amazon Linux 2023's /lib64 and /usr/lib64 (scripts/al2023_decoys.py) that fail loudly when
used. There is no /usr/share/zoneinfo, no /etc and no shell.

`Emulator` runs one execution environment in it: private mount and pid namespaces (unshare), the
root bind-mounted read-only, /proc, a tmpfs /tmp and four device nodes, then chroot as an
unprivileged user (993:990, as Lambda runs functions) into the emulator, which listens on 127.0.0.1
only and starts /var/task/bootstrap on the first invoke with Lambda's environment. Stopping it
stops the namespace's init, which ends every process in it; the mounts go with the namespace.
Needs root (CI runs as root).
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

import al2023_decoys
import lambda_al2023

RIE_PATH = "/usr/local/bin/aws-lambda-rie"
DEVICES = ("null", "zero", "random", "urandom")


class BareRoot:
    """The root directory: the unpacked zip, the emulator and the decoy system libraries."""

    def __init__(self, zip_path, rie, directory):
        self.path = os.path.join(directory, "root")
        os.makedirs(self.path)
        lambda_al2023.unpack(zip_path, os.path.join(self.path, "var/task"))
        for name in ("proc", "tmp", "dev", "usr/local/bin", "var/runtime", "opt"):
            os.makedirs(os.path.join(self.path, name), exist_ok=True)
        for device in DEVICES:
            open(os.path.join(self.path, "dev", device), "w").close()
        shutil.copyfile(rie, os.path.join(self.path, RIE_PATH.lstrip("/")))
        al2023_decoys.install_decoy_system(self.path)
        for directory, subdirectories, _ in os.walk(self.path):
            os.chmod(directory, 0o755)
        os.chmod(os.path.join(self.path, RIE_PATH.lstrip("/")), 0o755)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def lambda_environment(overrides):
    """The environment provided.al2023 gives a function (aws-lambda-base-images), plus `overrides`."""
    environment = {
        "PATH": "/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin",
        "LD_LIBRARY_PATH": lambda_al2023.LAMBDA_LD_LIBRARY_PATH,
        "LAMBDA_TASK_ROOT": "/var/task", "LAMBDA_RUNTIME_DIR": "/var/runtime",
        "LANG": "en_US.UTF-8", "TZ": ":/etc/localtime", "_HANDLER": "bootstrap",
        "AWS_REGION": "us-east-1", "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_SESSION_TOKEN": "testing",
        "AWS_LAMBDA_FUNCTION_NAME": "meety-lex-lambda", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "256",
        "AWS_LAMBDA_FUNCTION_TIMEOUT": "10", "AWS_LAMBDA_INITIALIZATION_TYPE": "on-demand",
    }
    environment.update(overrides)
    return environment


class Emulator:
    """One execution environment: the emulator and, after the first invoke, bootstrap."""

    def __init__(self, root, environment, log_path):
        self.root = root
        self.environment = lambda_environment(environment)
        self.log_path = log_path
        self.process = None

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exception):
        self.stop()

    def start(self, attempts=3):
        """Starts the environment; a port taken between choosing and binding it gets new ports."""
        for attempt in range(attempts):
            try:
                return self.start_once()
            except RuntimeError as error:
                self.stop()
                if "address already in use" not in str(error) or attempt == attempts - 1:
                    raise

    def start_once(self):
        self.port, api_port = free_port(), free_port()
        mount, chroot = shutil.which("mount"), shutil.which("chroot")
        root = self.root.path
        script = "\n".join([
            "set -e",
            f"{mount} --make-rprivate /",
            f"{mount} --bind {root} {root}",
            f"{mount} -o remount,bind,ro {root}",
            f"{mount} -t proc proc {root}/proc",
            f"{mount} -t tmpfs -o size=64m,mode=1777 tmpfs {root}/tmp",
            *[f"{mount} --bind /dev/{device} {root}/dev/{device}" for device in DEVICES],
            f"exec {chroot} --userspec=993:990 {root} {RIE_PATH}"
            f" --runtime-interface-emulator-address 127.0.0.1:{self.port} --runtime-api-address 127.0.0.1:{api_port}",
        ])
        self.log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            [shutil.which("unshare"), "--mount", "--pid", "--fork", "--kill-child=SIGKILL", "/bin/sh", "-c", script],
            env=self.environment, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the emulator exited with status {self.process.returncode}:\n{self.read_log()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                self.check_loopback_only()
                return
            except ConnectionRefusedError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"the emulator did not listen on 127.0.0.1:{self.port} within 15 s:\n{self.read_log()}")

    def process_tree(self):
        """The pids of the unshare process and all its descendants."""
        parents = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as handle:
                        parents[int(entry)] = int(handle.read().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    continue
        tree, frontier = {self.process.pid}, [self.process.pid]
        while frontier:
            children = [pid for pid, parent in parents.items() if parent in frontier and pid not in tree]
            tree.update(children)
            frontier = children
        return tree

    def check_loopback_only(self):
        """Fails unless every socket the environment listens on is bound to 127.0.0.1."""
        inodes = set()
        for pid in self.process_tree():
            try:
                for descriptor in os.listdir(f"/proc/{pid}/fd"):
                    target = os.readlink(f"/proc/{pid}/fd/{descriptor}")
                    if target.startswith("socket:["):
                        inodes.add(target[8:-1])
            except OSError:
                continue
        listening = []
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            with open(table) as handle:
                for row in handle.read().splitlines()[1:]:
                    fields = row.split()
                    if fields[3] == "0A" and fields[9] in inodes:  # state LISTEN
                        listening.append(fields[1])
        wrong = [address for address in listening if not address.startswith("0100007F:")]
        if not listening or wrong:
            raise RuntimeError(f"the emulator must listen on 127.0.0.1 only; it listens on {listening}")
        self.listening = [f"127.0.0.1:{int(address.split(':')[1], 16)}" for address in listening]

    def invoke(self, event, timeout=30):
        """POSTs the event to the emulator's Invoke route: (HTTP status, body)."""
        body = event if isinstance(event, bytes) else json.dumps(event).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/2015-03-31/functions/function/invocations", data=body, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                return answer.status, answer.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def stop(self):
        """Ends the namespace's init (the emulator); the kernel then ends everything in it."""
        if self.process is None:
            return
        if self.process.poll() is None:
            try:
                with open(f"/proc/{self.process.pid}/task/{self.process.pid}/children") as handle:
                    namespace_init = [int(pid) for pid in handle.read().split()]
            except OSError:
                namespace_init = []
            for pid in namespace_init:
                try:
                    os.kill(pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.log.close()
        self.process = None

    def read_log(self):
        with open(self.log_path, errors="replace") as handle:
            return handle.read()
