# a body not yet in force on the day asked: it says so and names the body of then, its predecessor
args: -d graphs --as-of 2016 counterpart CISA
exit: 1
--- stderr
cybermap: us.cisa begins on 2018-11-16; the body on 2016-01-01 was us.nppd (National Protection and Programs Directorate):
      cybermap -d graphs --as-of 2016 counterpart us.nppd
cybermap: nothing found: us.cisa is not in force on 2016-01-01, so it has no counterpart in the view
