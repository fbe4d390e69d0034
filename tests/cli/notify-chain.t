# notify: a chain of 24h, 2d and 1bd adds up; a cycle is not entered twice; pending last
args: --as-of 2026-11-25 notify energy --country us
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
-> us.doe  Department of Energy
   trigger: electric emergency
   by unknown (no deadline at hop 1); basis statute
-> us.cisa  Cybersecurity and Infrastructure Security Agency  (pending: start date not set)
   trigger: substantial cyber incident
   within 72h; by 72h; basis statute; duty mandatory; law us.law.circia
  -> us.fbi  Federal Bureau of Investigation  (pending: start date not set)
     trigger: report shared for threat response
     within 1bd; by 72h + 1bd; basis policy
    -> us.cisa  Cybersecurity and Infrastructure Security Agency  (pending: start date not set)
       trigger: report shared for asset response
       within 2d; by 120h + 1bd; basis policy
--- stderr
cybermap: taking 'energy' as us.sector.energy (Energy Sector)
