# reach with an unknown edge type
args: reach cisa --via lead
exit: 2
--- stderr
cybermap: unknown edge type 'lead' (did you mean 'leads'?)
