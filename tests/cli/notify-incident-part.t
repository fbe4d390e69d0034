# an unknown kind that is part of a kind's name: did you mean it; the map's own kind report-received is not listed
args: --as-of 2026-11-25 notify energy --country jp --incident outage
exit: 2
--- stderr
cybermap: taking 'energy' as jp.sector.energy (Electricity Sector)
cybermap: unknown kind of incident 'outage' (did you mean 'service-outage'?); the kinds are cyber-incident, significant-incident, ransomware, ransom-payment, intrusion, malware, ddos, government-system-incident, data-breach, service-outage, cybercrime, threat-information
