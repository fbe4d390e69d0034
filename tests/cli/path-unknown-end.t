# path with an unknown end
args: path cisa nosuch
exit: 2
--- stderr
cybermap: no node matches 'nosuch'
