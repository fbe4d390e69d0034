# with --country, a body of that side is not taken for a sector because the sector that matches is the other side's
args: -d graphs --as-of 2026-11-25 notify 'financial services' --country jp
exit: 2
--- stderr
cybermap: no node matches 'financial services' on jp's side (it names us.sector.financial-services, Financial Services Sector, of us); did you mean jp.sector.finance  sector  Finance  (from 2005-12-13)?
      cybermap -d graphs --as-of 2026-11-25 notify jp.sector.finance --country jp
  to look in names and descriptions: cybermap search 'financial services'
