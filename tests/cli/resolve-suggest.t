# no match: the closest node, and the command for it
args: notify 'enrgy' --country us
exit: 2
--- stderr
cybermap: no node matches 'enrgy'; did you mean us.sector.energy  sector  Energy Sector?
      cybermap notify us.sector.energy --country us
