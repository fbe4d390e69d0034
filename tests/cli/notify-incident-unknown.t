# an unknown kind of incident lists the kinds there are
args: notify energy --country us --incident ransomwar
exit: 2
--- stderr
cybermap: taking 'energy' as us.sector.energy (Energy Sector)
cybermap: unknown kind of incident 'ransomwar' (did you mean 'ransomware'?); the kinds are cyber-incident, significant-incident, ransomware, ransom-payment, intrusion, malware, ddos, government-system-incident, data-breach, service-outage, cybercrime, threat-information
