# function with an ambiguous name
args: function energy
exit: 2
--- stderr
cybermap: 'energy' names 2 nodes; say which one:
  us.sector.energy  sector  Energy Sector
      cybermap function us.sector.energy
  jp.sector.energy  sector  Electricity Sector
      cybermap function jp.sector.energy
