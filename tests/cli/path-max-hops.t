# path --max-hops cuts the search
args: --as-of 2026-11-25 path us.sector.energy jp.nco --max-hops 1
exit: 1
--- stderr
cybermap: nothing found: no path joins us.sector.energy and jp.nco over edges in force, within the hops allowed
