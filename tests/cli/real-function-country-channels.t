# function --country us: each channel lists its US members only (none: said so), never the previous row's, nor the node jp
args: -d graphs --as-of 2026-11-25 -q function "information sharing" --country us
exit: 0
--- stdout
function fn.information-sharing, as of 2026-11-25

section   country  id                                                name                                              detail
leads     us       us.cisa                                           Cybersecurity and Infrastructure Security Agency  
supports  us       us.a-isac                                         Aviation ISAC                                     
supports  us       us.auto-isac                                      Automotive Information Sharing and Analysis Cen…  
supports  us       us.cis                                            Center for Internet Security                      
supports  us       us.cisa.jcdc                                      Joint Cyber Defense Collaborative                 
supports  us       us.comm-isac                                      Communications ISAC                               
supports  us       us.ctiic                                          Cyber Threat Intelligence Integration Center      
supports  us       us.dc3                                            DoD Cyber Crime Center                            
supports  us       us.dhs                                            Department of Homeland Security                   
supports  us       us.eisac                                          Electricity Information Sharing and Analysis Ce…  
supports  us       us.fbi                                            Federal Bureau of Investigation                   
supports  us       us.fs-isac                                        Financial Services Information Sharing and Anal…  
supports  us       us.health-isac                                    Health Information Sharing and Analysis Center    
supports  us       us.ms-isac                                        Multi-State Information Sharing and Analysis Ce…  
supports  us       us.nccic                                          National Cybersecurity and Communications Integ…  
supports  us       us.nci                                            National Council of ISACs                         
supports  us       us.ncijtf                                         National Cyber Investigative Joint Task Force     
supports  us       us.nerc                                           North American Electric Reliability Corporation   
supports  us       us.nsa                                            National Security Agency                          
supports  us       us.nsa.ccc                                        NSA Cybersecurity Collaboration Center            
supports  us       us.ong-isac                                       Oil and Natural Gas Information Sharing and Ana…  
supports  us       us.ren-isac                                       Research and Education Networks ISAC              
supports  us       us.treasury.occip                                 Office of Cybersecurity and Critical Infrastruc…  
supports  us       us.waterisac                                      Water Information Sharing and Analysis Center     
channel            bi.blacktech-advisory                             U.S.-Japan joint cybersecurity advisory on Blac…  members: us.nsa, us.fbi, us.cisa
channel            bi.cdpwg                                          Japan-U.S. Cyber Defense Policy Working Group     members: us.dod
channel            bi.cyber-dialogue                                 Japan-U.S. Cyber Dialogue                         members: us.state, us.state.cdp, us.dhs, us.cisa, us.dod, us.doj, us.fbi, us.nsc, us.nist, us.doc
channel            bi.dmm-bitcoin-attribution                        NPA-FBI joint investigation and attribution of …  members: us.fbi, us.dc3
channel            intl.apcert                                       Asia Pacific Computer Emergency Response Team     no member on the side shown
channel            intl.apt10-attribution-2018                       Coordinated public attribution of APT10 (Decemb…  members: us.doj, us.fbi
channel            intl.apt40-advisory-2024                          Joint advisory "PRC MSS APT40 Tradecraft in Act…  members: us.cisa, us.nsa, us.fbi
channel            intl.counter-ransomware-initiative                International Counter Ransomware Initiative       members: us.nsc, us
channel            intl.dprk-crypto-joint-statement-2025             U.S.-Japan-ROK Joint Statement on DPRK Cryptocu…  members: us.state
channel            intl.first                                        Forum of Incident Response and Security Teams     no member on the side shown
channel            intl.g7-cyber-expert-group                        G7 Cyber Expert Group                             members: us.treasury
channel            intl.iwwn                                         International Watch and Warning Network           members: us.cisa
channel            intl.prc-apt-advisory-2025                        Joint advisory on PRC state-sponsored actors co…  members: us.cisa, us.nsa, us.fbi, us.dc3
channel            intl.quad-senior-cyber-group                      Quad Senior Cyber Group                           members: us.nsc
channel            intl.us-japan-philippines-cyber-digital-dialogue  Japan-Philippines-U.S. Trilateral Cyber and Dig…  members: us.state.cdp
law       us       us.law.cisa-act-2018                              Cybersecurity and Infrastructure Security Agenc…  behind: us.cisa
step 1    us       us.step.is.1-submit                               Indicators shared with the federal government     performed by us.nci, us.cisa
step 2    us       us.step.is.2-disseminate                          Indicators and analysis shared out                performed by us.cisa
