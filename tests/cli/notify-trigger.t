# notify --trigger keeps the flows a kind of incident sets off
args: --as-of 2026-11-25 notify energy --country us --trigger '^cyber'
exit: 0
--- stdout
notify us.sector.energy (Energy Sector), as of 2026-11-25

Reports to make, by deadline:
  voluntary
    within 24 hours  Federal Bureau of Investigation - cybercrime

Who is told, and who passes it on:
-> us.fbi  Federal Bureau of Investigation
   trigger: cybercrime
   within 24 hours; duty voluntary; basis practice; incidents any cyber incident
  -> us.cisa  Cybersecurity and Infrastructure Security Agency
     trigger: report shared for asset response
     within 2 days (counted from the incident: within 3 days); basis policy; incidents a report received by the body upstream
    -> us.fbi  Federal Bureau of Investigation
       trigger: report shared for threat response
       within 1 business day (counted from the incident: within 3 days and 1 business day); basis policy; incidents a report received by the body upstream
--- stderr
cybermap: taking 'energy' as us.sector.energy (Energy Sector)
