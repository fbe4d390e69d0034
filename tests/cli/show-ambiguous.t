# a name that matches several nodes is an error listing them
args: show energy
exit: 2
--- stderr
cybermap: 'energy' matches 2 nodes: us.sector.energy (Energy Sector), jp.sector.energy (Electricity Sector); give an id
