# an unknown duty
args: notify energy --country us --duty compulsory
exit: 2
--- stderr
cybermap: taking 'energy' as us.sector.energy (Energy Sector)
cybermap: unknown duty 'compulsory'; the duties are mandatory, expected, voluntary
