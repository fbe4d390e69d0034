# a name of the other side's node as written is still taken, with the node of the side asked for offered
args: -d graphs --as-of 2026-11-25 notify 電力 --country us
exit: 1
--- stderr
cybermap: jp.sector.electricity belongs to jp, not to --country us; on that side, did you mean us.sector.energy  sector  Energy Sector  (from 2003-12-17)?
      cybermap -d graphs --as-of 2026-11-25 notify us.sector.energy --country us
cybermap: nothing found: no flow leaves jp.sector.electricity in the view
