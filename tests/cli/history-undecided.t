# as of 2016 nobody had decided on CISA: its timeline has nothing yet
args: --as-of 2016 history cisa
exit: 1
--- stderr
cybermap: us.cisa begins on 2018-11-16; the body on 2016-01-01 was us.nppd (National Protection and Programs Directorate):
      cybermap --as-of 2016 history us.nppd
cybermap: nothing found: us.cisa had not been decided on by the view's day
