# a name that names no node but stands in a description: the search that finds it is offered
args: show containing
exit: 2
--- stderr
cybermap: no node matches 'containing'
  to look in names and descriptions: cybermap search containing
