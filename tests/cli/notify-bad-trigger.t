# notify with a bad trigger pattern
args: notify energy --country us --trigger '[z-a]'
exit: 2
--- stderr
cybermap: taking 'energy' as us.sector.energy (Energy Sector)
cybermap: bad pattern '[z-a]': range out of order in character class at offset 3
