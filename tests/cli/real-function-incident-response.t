# real map: incident response in both countries
args: -d graphs --as-of 2026-11-25 function incident-response
exit: 0
--- stdout
function fn.incident-response, as of 2026-11-25

section   country  id                                  name                                              detail
leads     jp       jp.jpcert                           Japan Computer Emergency Response Team Coordina…  
leads     jp       jp.nco                              National Cybersecurity Office                     
leads     jp       jp.nco.gsoc                         Government Security Operation Coordination team   
leads     us       us.cisa                             Cybersecurity and Infrastructure Security Agency  
leads     us       us.fbi                              Federal Bureau of Investigation                   
leads     us       us.nccic                            National Cybersecurity and Communications Integ…  
leads     us       us.ncijtf                           National Cyber Investigative Joint Task Force     
supports  jp       jp.ipa                              Information-technology Promotion Agency, Japan    
supports  jp       jp.jcdc                             JSDF Cyber Defense Command                        
supports  jp       jp.nict                             National Institute of Information and Communica…  
supports  jp       jp.npa                              National Police Agency                            
supports  jp       jp.npa.cyber-bureau                 Cyber Affairs Bureau, National Police Agency      
supports  jp       jp.npa.cyber-force-center           Cyber Force Center, National Police Agency        
supports  jp       jp.npa.ncd                          National Cyber Department                         
supports  jp       jp.ppc                              Personal Information Protection Commission        
supports  jp       jp.prefectural-police               Prefectural Police                                
supports  us       us.aspr                             Administration for Strategic Preparedness and R…  
supports  us       us.cisa.jcdc                        Joint Cyber Defense Collaborative                 
supports  us       us.cnmf                             Cyber National Mission Force                      
supports  us       us.crg                              Cyber Response Group                              
supports  us       us.csrb                             Cyber Safety Review Board                         
supports  us       us.ctiic                            Cyber Threat Intelligence Integration Center      
supports  us       us.cucg                             Cyber Unified Coordination Group                  
supports  us       us.dc3                              DoD Cyber Crime Center                            
supports  us       us.dhs                              Department of Homeland Security                   
supports  us       us.dod                              Department of Defense                             
supports  us       us.doe                              Department of Energy                              
supports  us       us.doe.ceser                        Office of Cybersecurity, Energy Security, and E…  
supports  us       us.doj                              Department of Justice                             
supports  us       us.ms-isac                          Multi-State Information Sharing and Analysis Ce…  
supports  us       us.nsa                              National Security Agency                          
supports  us       us.nsc                              National Security Council                         
supports  us       us.odni                             Office of the Director of National Intelligence   
supports  us       us.omb                              Office of Management and Budget                   
supports  us       us.oncd                             Office of the National Cyber Director             
channel            bi.cdpwg                            Japan-U.S. Cyber Defense Policy Working Group     members: us.dod, jp.mod
channel            bi.dhs-meti-cyber-moc               DHS-METI Memorandum of Cooperation on Cybersecu…  members: us.dhs, jp.meti
channel            intl.apcert                         Asia Pacific Computer Emergency Response Team     members: jp.jpcert
channel            intl.first                          Forum of Incident Response and Security Teams     members: jp.jpcert
channel            intl.g7-cyber-expert-group          G7 Cyber Expert Group                             members: us.treasury, jp
channel            intl.iwwn                           International Watch and Warning Network           members: us.cisa
channel            intl.us-japan-rok-ci-cyber-experts  Japan-U.S.-ROK Experts Meeting on Critical Infr…  members: jp.npa, jp.meti, jp.mod, us.state, us.dod, us.doj, us.dhs, us.doe, us.nsc
law       jp       jp.law.acd-reform-act               Act on the Development of Related Acts for the …  behind: jp.nco
law       us       us.law.cisa-act-2018                Cybersecurity and Infrastructure Security Agenc…  behind: us.cisa
step 1    jp       jp.step.ir.1-detect                 Detect and contain the incident                   performed by jp.sector.ict, jp.sector.finance, jp.sector.electricity
step 2    jp       jp.step.ir.2-report                 Report to the competent authorities               performed by jp.mic, jp.fsa, jp.meti, jp.mlit, jp.mhlw, jp.ppc, jp.prefectural-police
step 3    jp       jp.step.ir.3-share                  Relay to the national cybersecurity centre (NIS…  performed by jp.nco
step 4    jp       jp.step.ir.4-support                Technical assistance and coordination             performed by jp.jpcert, jp.ipa, jp.nco
step 5    jp       jp.step.ir.5-alert                  Warn other organisations                          performed by jp.jpcert, jp.ipa.j-csip, jp.ict-isac, jp.transport-isac, jp.financials-isac, jp.nco
step 6    jp       jp.step.ir.6-recover                Recover and prevent recurrence                    performed by jp.sector.ict, jp.sector.finance, jp.sector.electricity
step 1    us       us.step.ir.1-report                 Incident reported to the federal government       performed by us.fbi, us.cisa
step 2    us       us.step.ir.2-assess                 Severity assessed; significant incident determi…  performed by us.fbi, us.ctiic, us.cisa
step 3    us       us.step.ir.3-cyber-ucg              Cyber Unified Coordination Group convened         performed by us.fbi, us.odni, us.nsc, us.cucg, us.crg, us.cisa
step 4    us       us.step.ir.4-asset-response         Asset response                                    performed by us.cisa
step 5    us       us.step.ir.4-intelligence-support   Intelligence support                              performed by us.ctiic
step 6    us       us.step.ir.4-threat-response        Threat response                                   performed by us.fbi, us.ncijtf
step 7    us       us.step.ir.5-recovery               Recovery and lessons learned                      performed by us.cisa
