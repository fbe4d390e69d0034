# an unknown node is an error with a suggestion
args: show cisx
exit: 2
--- stderr
cybermap: no node matches 'cisx' (did you mean 'CISA'?)
