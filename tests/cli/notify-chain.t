# notify: a chain of 24h, 2d and 1bd adds up; a cycle is not entered twice; pending last
args: --as-of 2026-11-25 notify energy --country us
exit: 0
--- stdout
notify us.sector.energy (Energy Sector), as of 2026-11-25

Reports to make, by deadline:
  mandatory
    within 72 hours     Cybersecurity and Infrastructure Security Agency (initial report) - substantial cyber incident  (pending: start date not set)
  voluntary
    within 24 hours     Federal Bureau of Investigation - cybercrime
  duty not stated
    no deadline stated  Department of Energy - electric emergency

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
-> us.doe  Department of Energy
   trigger: electric emergency
   no deadline stated; basis statute; incidents outage or serious degradation of a service
-> us.cisa  Cybersecurity and Infrastructure Security Agency  (pending: start date not set)
   trigger: substantial cyber incident
   within 72 hours; stage initial report; duty mandatory; basis statute; law us.law.circia; incidents significant cyber incident
  -> us.fbi  Federal Bureau of Investigation  (pending: start date not set)
     trigger: report shared for threat response
     within 1 business day (counted from the incident: within 72 hours and 1 business day); basis policy; incidents a report received by the body upstream
    -> us.cisa  Cybersecurity and Infrastructure Security Agency  (pending: start date not set)
       trigger: report shared for asset response
       within 2 days (counted from the incident: within 5 days and 1 business day); basis policy; incidents a report received by the body upstream
--- stderr
cybermap: taking 'energy' as us.sector.energy (Energy Sector)
