# path --max-hops cuts the search
args: --as-of 2026-11-25 path us.sector.energy jp.nco --max-hops 1
exit: 1
