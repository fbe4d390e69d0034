# search with no match exits 1
args: search zzzz
exit: 1
