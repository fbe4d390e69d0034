# notify --trigger keeps the flows a kind of incident sets off
args: --as-of 2026-11-25 notify energy --country us --trigger '^cyber'
exit: 0
--- stdout
notify us.sector.energy (Energy Sector)
-> us.fbi  Federal Bureau of Investigation
   trigger: cybercrime
   within 24h; by 24h; basis practice; duty voluntary
  -> us.cisa  Cybersecurity and Infrastructure Security Agency
     trigger: report shared for asset response
     within 2d; by 72h; basis policy
    -> us.fbi  Federal Bureau of Investigation
       trigger: report shared for threat response
       within 1bd; by 72h + 1bd; basis policy
--- stderr
cybermap: taking 'energy' as us.sector.energy (Energy Sector)
