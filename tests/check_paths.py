#!/usr/bin/env python3
"""check_paths.py CYBERMAP MAP SCRATCH ROUNDS [SEED]: random trees, random
outputs.

Each round makes a random tree under SCRATCH (directories, some of them
empty or read-only; files of several modes, read-only among them; symbolic
links to files, to directories, to nothing and to pipes; named pipes; an
earlier site), picks an output path at random (an existing entry of any
kind, a new name, a name in a missing directory, one with a trailing slash,
one through a linked directory, /proc/self/fd/1), and runs either
`cybermap -d MAP show us.cisa -f tsv -o PATH` or `cybermap -d MAP site -o
PATH` (sometimes with --force; sometimes killed with SIGKILL part way).

The invariants, checked after every run:
- nothing outside the named output changed: every other entry keeps its
  kind, mode, inode, contents and link target, and no entry appeared
  (no temporary is left, however the run ended, once a later run has swept
  what a killed one left);
- the output is either as it was (the run failed: exit 2 and a message) or
  the new output, whole (the same bytes as a reference run; a replaced
  file keeps its mode);
- a site killed part way is the old site or the new one, whole.
Prints the seed, and on a failure the round, the command and what differs.
"""
import hashlib
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import time


def snapshot(root):
    """Every entry under root, not following links: path -> description."""
    seen = {}
    for base, dirs, files in os.walk(root):
        for name in dirs + files:
            path = os.path.join(base, name)
            st = os.lstat(path)
            mode = stat.S_IMODE(st.st_mode)
            if stat.S_ISLNK(st.st_mode):
                seen[path] = ("link", os.readlink(path))
            elif stat.S_ISDIR(st.st_mode):
                seen[path] = ("dir", mode, st.st_ino)
            elif stat.S_ISREG(st.st_mode):
                with open(path, "rb") as f:
                    digest = hashlib.sha1(f.read()).hexdigest()
                seen[path] = ("file", mode, st.st_ino, digest)
            else:
                seen[path] = ("other", stat.S_IFMT(st.st_mode), mode, st.st_ino)
    return seen


def tree_of(snap, top):
    """The part of a snapshot at or under top, relative to it (no inodes:
    a site is compared by its contents)."""
    out = {}
    for path, what in snap.items():
        if path.startswith(top + "/"):
            rel = os.path.relpath(path, top)
            if what[0] == "file":
                out[rel] = (what[0], what[1], what[3])
            elif what[0] == "dir":
                out[rel] = ("dir",)
            else:
                out[rel] = what[:3]
    return out


def make_tree(rng, root, site):
    os.makedirs(root)
    dirs = [root]
    for i in range(rng.randint(2, 5)):
        d = os.path.join(rng.choice(dirs), "d%d" % i)
        os.mkdir(d)
        dirs.append(d)
    files = []
    for i in range(rng.randint(3, 8)):
        f = os.path.join(rng.choice(dirs), "f%d%s" % (i, rng.choice(["", ".txt", ".tsv"])))
        with open(f, "wb") as out:
            out.write(os.urandom(rng.randint(0, 64)))
        os.chmod(f, rng.choice([0o644, 0o600, 0o640, 0o444, 0o400]))
        files.append(f)
    if rng.random() < 0.6:  # an earlier site, which may be replaced
        shutil.copytree(site, os.path.join(rng.choice(dirs), "site"), symlinks=True)
    links = []
    for i in range(rng.randint(1, 4)):
        at = os.path.join(rng.choice(dirs), "l%d" % i)
        target = rng.choice(files + dirs[1:] + [os.path.join(root, "nothing")])
        os.symlink(target, at)
        links.append(at)
    fifo = os.path.join(rng.choice(dirs), "pipe")
    os.mkfifo(fifo)
    os.symlink(fifo, os.path.join(root, "to-pipe"))
    for d in dirs[1:]:
        if rng.random() < 0.2:
            os.chmod(d, 0o555)
    return dirs, files, links


def pick_target(rng, root, dirs, files, links):
    entries = sorted(p for p in snapshot(root) if not os.path.basename(p).startswith("pipe")
                     and not p.endswith("to-pipe"))
    choices = [
        lambda: rng.choice(entries),
        lambda: os.path.join(rng.choice(dirs), "new%d" % rng.randint(0, 9)),
        lambda: os.path.join(root, "missing", "x"),
        lambda: rng.choice(dirs) + "/",
        lambda: rng.choice(entries) + "/",
        lambda: os.path.join(rng.choice(links), "x"),
        lambda: "/proc/self/fd/1",
    ]
    return rng.choice(choices)()


def run(cmd, kill_after=None):
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if kill_after is None:
        out, err = proc.communicate()
        return proc.returncode, out, err
    time.sleep(kill_after)
    proc.kill()
    out, err = proc.communicate()
    return proc.returncode, out, err


def restore_modes(root):
    for base, dirs, _ in os.walk(root):
        for name in dirs:
            path = os.path.join(base, name)
            if not os.path.islink(path):
                os.chmod(path, 0o755)


def main():
    program, data, scratch, rounds = sys.argv[1:5]
    seed = int(sys.argv[5]) if len(sys.argv) > 5 else random.randrange(1 << 30)
    print("seed %d" % seed)
    rng = random.Random(seed)
    os.makedirs(scratch, exist_ok=True)
    ref_site = os.path.join(scratch, "reference-site")
    code, _, err = run([program, "-d", data, "site", "-o", ref_site])
    code2, ref_out, _ = run([program, "-d", data, "show", "us.cisa", "-f", "tsv"])
    if code or code2:
        print("reference runs failed: %s" % err.decode(errors="replace"))
        return 1
    ref = tree_of(snapshot(ref_site), ref_site)
    failures = 0
    for n in range(int(rounds)):
        root = os.path.join(scratch, "round")
        if os.path.exists(root):
            restore_modes(root)
            shutil.rmtree(root)
        dirs, files, links = make_tree(rng, root, ref_site)
        target = pick_target(rng, root, dirs, files, links)
        site = rng.random() < 0.5
        force = site and rng.random() < 0.3
        kill = site and rng.random() < 0.25
        cmd = [program, "-d", data] + (["site", "-o", target] + (["--force"] if force else [])
                                        if site else ["show", "us.cisa", "-f", "tsv", "-o", target])
        before = snapshot(root)
        code, out, err = run(cmd, rng.uniform(0.0, 0.08) if kill else None)
        after = snapshot(root)
        real = target.rstrip("/") or "/"
        # what the output names: the target itself (and, for a site, all in it)
        named = os.path.realpath(real) if not os.path.islink(real) else real
        def outside(path):
            return not (path == real or path.startswith(real + "/") or
                        path == named or path.startswith(named + "/"))
        problems = []
        if kill and code == -signal.SIGKILL:
            # a killed site: the target is the old one or the new one, whole;
            # what it left beside is swept by the next run there
            t_before, t_after = tree_of(before, named), tree_of(after, named)
            if t_after not in (t_before, ref):
                problems.append("a killed site left the output neither old nor new")
            run([program, "-d", data, "site", "-o", os.path.join(os.path.dirname(named) or ".",
                                                                  os.path.basename(named))]
                + (["--force"] if force else []))
            after = snapshot(root)
            if os.path.isdir(named) and tree_of(after, named) not in (t_before, ref):
                problems.append("the run after a killed site left the output neither old nor new")
        else:
            if code == 0:
                if site and tree_of(after, named) != ref:
                    got = tree_of(after, named)
                    diff = sorted(k for k in set(got) | set(ref) if got.get(k) != ref.get(k))
                    problems.append("exit 0 but the site is not the reference site: %s" % diff[:4])
                if not site and target != "/proc/self/fd/1":
                    with open(named, "rb") as f:
                        if f.read() != ref_out:
                            problems.append("exit 0 but the file is not the new output")
                    was = before.get(named)
                    if was and was[0] == "file" and after[named][1] != was[1]:
                        problems.append("the replaced file lost its mode %o" % was[1])
                if target == "/proc/self/fd/1" and out != ref_out:
                    problems.append("/proc/self/fd/1 did not get the output")
            elif code == 2:
                if not err:
                    problems.append("exit 2 without a message")
                if (tree_of(after, named) != tree_of(before, named) or
                        before.get(named) != after.get(named)):
                    problems.append("failed, yet the output changed")
            else:
                problems.append("exit %d" % code)
        for path in sorted(set(before) | set(after)):
            if outside(path) and before.get(path) != after.get(path):
                problems.append("%s changed outside the output: %s -> %s"
                                % (path, before.get(path), after.get(path)))
        if problems:
            failures += 1
            print("round %d: %s (exit %s)" % (n, " ".join(cmd[3:]), code))
            for p in problems[:8]:
                print("  " + p)
            print("  stderr: " + err.decode(errors="replace").strip()[:300])
    restore_modes(scratch)
    print("%d rounds, %d failed" % (int(rounds), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
