# as of 2016 nobody had decided on CISA: its timeline has nothing yet
args: --as-of 2016 history cisa
exit: 1
--- stderr
cybermap: nothing found: us.cisa had not been decided on by the view's day
