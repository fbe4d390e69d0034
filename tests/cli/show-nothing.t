# an unknown node with nothing close
args: show nosuchthing
exit: 2
--- stderr
cybermap: no node matches 'nosuchthing'
