# counterpart of something with no country
args: counterpart fn.incident-response
exit: 2
--- stderr
cybermap: 'fn.incident-response' belongs to no country, so it has no counterpart
