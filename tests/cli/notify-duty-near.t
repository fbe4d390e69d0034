# a misspelt duty: did you mean the duty, and the list
args: -q notify energy --country us --duty mandatry
exit: 2
--- stderr
cybermap: unknown duty 'mandatry' (did you mean 'mandatory'?); the duties are mandatory, expected, voluntary
