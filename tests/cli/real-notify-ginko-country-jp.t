# --country steers Japanese names too: 銀行 is in a US sector's Japanese alias; Japan's sector is offered from its description
args: -d graphs --as-of 2026-11-25 notify 銀行 --country jp
exit: 2
--- stderr
cybermap: no node matches '銀行' on jp's side (it names us.sector.financial-services, Financial Services Sector, of us); did you mean jp.sector.finance  sector  Finance  (from 2005-12-13)?
      cybermap -d graphs --as-of 2026-11-25 notify jp.sector.finance --country jp
  to look in names and descriptions: cybermap search 銀行
