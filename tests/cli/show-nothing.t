# an unknown node with nothing close
args: show nosuchthing
exit: 2
--- stderr
cybermap: no node matches 'nosuchthing'
  to look in names and descriptions: cybermap search nosuchthing
