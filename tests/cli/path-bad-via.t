# path --via with a typo
args: path cisa nco --via part-of
exit: 2
--- stderr
cybermap: unknown edge type 'part-of' (did you mean 'part_of'?)
