"""Runs a command in a pseudo-terminal and plays keys to it, as a person at a terminal would.

Usage: python3 pty-session.py STEPS_JSON -- COMMAND...
STEPS_JSON is a list of steps: {"wait": "text"} waits until the output so far contains the text for the
n-th time (n = {"count": n}, default 1), {"send": "keys"} writes raw keys (\u0003 is Ctrl-C, \u0004 Ctrl-D).
Prints one JSON object: {"output": everything the program wrote, "status": exit status, "timedOut": bool}.
"""
import json
import os
import pty
import select
import sys
import time

steps = json.loads(sys.argv[1])
command = sys.argv[sys.argv.index("--") + 1 :]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(command[0], command)

out = b""
deadline = time.time() + 60
timed_out = False


def read_some(timeout):
    global out
    ready, _, _ = select.select([fd], [], [], timeout)
    if not ready:
        return True
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        return False
    if not chunk:
        return False
    out += chunk
    return True


def wait_for(want, count):
    while out.count(want) < count:
        if time.time() > deadline:
            return False
        if not read_some(0.2):
            return out.count(want) >= count
    return True


for step in steps:
    if "wait" in step:
        if not wait_for(step["wait"].encode(), step.get("count", 1)):
            timed_out = time.time() > deadline
            break
    else:
        os.write(fd, step["send"].encode())

# Read until the program closes the terminal (it exited), then collect its status.
while not timed_out and read_some(0.2):
    timed_out = time.time() > deadline
if timed_out:
    os.kill(pid, 9)
_, status = os.waitpid(pid, 0)
code = -1 if timed_out else os.waitstatus_to_exitcode(status)
print(json.dumps({"output": out.decode("utf-8", "replace"), "status": code, "timedOut": timed_out}))
