# path with --via and no path exits 1
args: path cisa nco --via part_of
exit: 1
--- stderr
cybermap: nothing found: no path joins us.cisa and jp.nco over edges in force of the types asked for
