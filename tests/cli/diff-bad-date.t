# a date diff cannot read
args: diff 2019-13 2020
exit: 2
--- stderr
cybermap: bad date '2019-13'; expected YYYY-MM-DD, YYYY-MM, YYYY or today
