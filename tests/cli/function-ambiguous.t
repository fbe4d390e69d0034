# function with an ambiguous name
args: function energy
exit: 2
--- stderr
cybermap: 'energy' matches 2 nodes: us.sector.energy (Energy Sector), jp.sector.energy (Electricity Sector); give an id
