# nothing changed between two days: exit 1, nothing on standard output
args: diff 2019-01-01 2019-02-01
exit: 1
--- stderr
cybermap: nothing found: nothing appeared, ended or became pending between 2019-01-01 and 2019-02-01
