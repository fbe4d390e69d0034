# search is caseless
args: search ^federal
exit: 0
--- stdout
id      type    name                             field  text
us.fbi  agency  Federal Bureau of Investigation  name   Federal Bureau of Investigation
