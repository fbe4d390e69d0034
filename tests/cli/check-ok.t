# check on a valid map prints a summary
args: check
exit: 0
--- stdout
ok: 2 files, 20 nodes, 34 edges
