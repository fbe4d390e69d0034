# function of something that is not a function
args: function cisa
exit: 2
--- stderr
cybermap: 'us.cisa' is of type agency, not function
