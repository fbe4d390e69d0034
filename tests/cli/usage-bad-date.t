# a bad --as-of date
args: --as-of 2025-02-30 list
exit: 2
--- stderr
cybermap: bad date '2025-02-30' for --as-of; expected YYYY-MM-DD, YYYY-MM, YYYY or today
