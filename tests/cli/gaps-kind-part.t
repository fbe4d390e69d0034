# an unknown kind of gap that is the start of one: did you mean it
args: gaps --kind one-sided
exit: 2
--- stderr
cybermap: unknown kind of gap 'one-sided' (did you mean 'one-sided-lead'?); the kinds are no-bilateral-channel, one-sided-lead, lead-without-counterpart, no-mandatory-report, coordinator-unreached, mandatory-without-deadline, onward-without-deadline, manager-without-flow, no-official-source, stale-sources
