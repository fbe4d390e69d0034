# --country steers names: 'bank' names only the US sector, so on Japan's side nothing matches, and Japan's finance sector is offered
args: -d graphs --as-of 2026-11-25 notify bank --country japan --incident data-breach
exit: 2
--- stderr
cybermap: no node matches 'bank' on jp's side (it names us.sector.financial-services, Financial Services Sector, of us); did you mean jp.sector.finance  sector  Finance  (from 2005-12-13)?
      cybermap -d graphs --as-of 2026-11-25 notify jp.sector.finance --country japan --incident data-breach
  to look in names and descriptions: cybermap search bank
