# jurisdiction over a sector
args: jurisdiction us.sector.energy
exit: 0
--- stdout
jurisdiction us.sector.energy, as of 2026-11-25

authority  name                             relation                   over              basis                         law
us.doe     Department of Energy             manages the sector's risk  us.sector.energy  executive order or directive  
us.fbi     Federal Bureau of Investigation  investigates               us.sector.energy  statute                       
