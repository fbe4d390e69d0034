# "today" is the day SOURCE_DATE_EPOCH fixes, in --as-of and in diff alike
args: diff 2026-01-01 today --type agency
exit: 1
--- stderr
cybermap: nothing found: nothing appeared, ended or became pending between 2026-01-01 and 2026-11-25 of that type
