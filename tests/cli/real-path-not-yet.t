# path as of a day before a body began: the predecessor is named, as an ended body's successor is
args: -d graphs --as-of 2016 path CISA NISC
exit: 1
--- stderr
cybermap: us.cisa begins on 2018-11-16; the body on 2016-01-01 was us.nppd (National Protection and Programs Directorate):
      cybermap -d graphs --as-of 2016 path us.nppd NISC
cybermap: nothing found: no path joins us.cisa and jp.nisc over edges in force
