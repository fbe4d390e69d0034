# an unknown kind lists the kinds there are
args: -d tests/fixtures/gaps gaps --kind nothing
exit: 2
--- stderr
cybermap: unknown kind of gap 'nothing'; the kinds are no-bilateral-channel, one-sided-lead, lead-without-counterpart, no-mandatory-report, coordinator-unreached, mandatory-without-deadline, onward-without-deadline, manager-without-flow, no-official-source, stale-sources
