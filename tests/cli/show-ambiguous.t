# a name that matches several nodes is an error listing them
args: show energy
exit: 2
--- stderr
cybermap: 'energy' names 2 nodes; say which one:
  us.sector.energy  sector  Energy Sector
      cybermap show us.sector.energy
  jp.sector.energy  sector  Electricity Sector
      cybermap show jp.sector.energy
