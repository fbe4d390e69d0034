# list --function of an unknown function
args: list --function nosuch
exit: 2
--- stderr
cybermap: no node matches 'nosuch'
