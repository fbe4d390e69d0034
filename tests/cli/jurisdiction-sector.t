# jurisdiction over a sector
args: jurisdiction us.sector.energy
exit: 0
--- stdout
authority  name                             relation      over              basis      law
us.doe     Department of Energy             risk_manages  us.sector.energy  executive  
us.fbi     Federal Bureau of Investigation  investigates  us.sector.energy  statute    
