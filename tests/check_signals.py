#!/usr/bin/env python3
"""check_signals.py PROGRAM SIGNAL WATCH_DIR PATTERN -- ARGS...

Starts PROGRAM ARGS with default signal dispositions, waits until a file
matching PATTERN appears in WATCH_DIR (a temporary being written), sends
SIGNAL, and checks that the program ended by that signal and that nothing
matching PATTERN is left.  For KILL the temporary may stay: the caller
checks that the next run sweeps it.  Exits 1 with a reason otherwise."""
import fnmatch
import os
import signal
import subprocess
import sys
import time


def matching(directory, pattern):
    try:
        return [n for n in os.listdir(directory) if fnmatch.fnmatch(n, pattern)]
    except FileNotFoundError:
        return []


def main():
    program, name, watch, pattern = sys.argv[1:5]
    args = sys.argv[sys.argv.index("--") + 1:]
    sig = getattr(signal, "SIG" + name)
    proc = subprocess.Popen([program] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            restore_signals=True,
                            preexec_fn=lambda: [signal.signal(s, signal.SIG_DFL)
                                                for s in (signal.SIGINT, signal.SIGHUP, signal.SIGTERM)])
    # wait (without a deadline that could fail a slow run) for the temporary
    while not matching(watch, pattern):
        if proc.poll() is not None:
            print("finished before a temporary appeared; make the input longer")
            return 1
        time.sleep(0.005)
    proc.send_signal(sig)
    code = proc.wait()
    if code != -sig:
        print("ended with %d, not by SIG%s" % (code, name))
        return 1
    left = matching(watch, pattern)
    if left and name != "KILL":
        print("left behind: %s" % left)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
