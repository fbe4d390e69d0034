# function: leads, supports, channels, steps in order
args: --as-of 2026-11-25 function 'incident response'
exit: 0
--- stdout
function fn.incident-response, as of 2026-11-25

section   country  id                    name                                              detail
leads     jp       jp.nco                National Cybersecurity Office                     
leads     us       us.cisa               Cybersecurity and Infrastructure Security Agency  
supports  jp       jp.npa                National Police Agency                            
supports  us       us.fbi                Federal Bureau of Investigation                   
channel            bi.cyber-dialogue     Japan-U.S. Cyber Dialogue                         members: us.cisa, jp.nco
step 1    us       us.step.ir.1-report   Incident reported                                 performed by us.cisa, us.fbi
step 2    us       us.step.ir.2-respond  Threat and asset response                         performed by us.fbi, us.cisa
