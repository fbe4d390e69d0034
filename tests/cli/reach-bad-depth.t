# reach --depth must be a number
args: reach us.dhs --depth many
exit: 2
--- stderr
cybermap: --depth takes a whole number from 1 to 1000000, not 'many'
