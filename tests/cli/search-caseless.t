# search is caseless
args: search ^federal
exit: 0
--- stdout
search '^federal', as of 2026-11-25

id      type    name                             field  text
us.fbi  agency  Federal Bureau of Investigation  name   Federal Bureau of Investigation
