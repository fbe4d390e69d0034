# notify starts at a sector
args: notify cisa
exit: 2
--- stderr
cybermap: 'us.cisa' is of type agency; notify starts at a sector
