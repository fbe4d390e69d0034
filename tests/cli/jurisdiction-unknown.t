# jurisdiction of an unknown node
args: jurisdiction atlantis
exit: 2
--- stderr
cybermap: no node matches 'atlantis'
