# real map: a function's channels are the mechanisms that cover it, each with its whole member list
args: -d graphs --as-of 2026-11-25 function workforce -f tsv
exit: 0
--- stdout
section	country	id	name	detail	pending
leads	jp	jp.nict.nctc	National Cyber Training Center		
leads	us	us.nist.nice	National Initiative for Cybersecurity Education		
leads	us	us.oncd	Office of the National Cyber Director		
supports	jp	jp.ipa	Information-technology Promotion Agency, Japan		
supports	jp	jp.ipa.icscoe	Industrial Cyber Security Center of Excellence		
supports	jp	jp.jcdc	JSDF Cyber Defense Command		
supports	jp	jp.meti	Ministry of Economy, Trade and Industry		
supports	jp	jp.mext	Ministry of Education, Culture, Sports, Science and Technology		
supports	jp	jp.mic	Ministry of Internal Affairs and Communications		
supports	jp	jp.mic.cyber-dg	Director-General for Cybersecurity, MIC		
supports	jp	jp.mod	Ministry of Defense		
supports	jp	jp.nict	National Institute of Information and Communications Technology		
supports	jp	jp.nict.cynex	Cybersecurity Nexus		
supports	us	us.cisa	Cybersecurity and Infrastructure Security Agency		
supports	us	us.nist	National Institute of Standards and Technology		
channel		bi.ics-cybersecurity-week	Japan-U.S.-EU Industrial Control Systems Cybersecurity Week for the Indo-Pacific	members: jp.meti, jp.ipa, us.cisa, us.state, us.doe, jp.ipa.icscoe	
channel		intl.ajccbc	ASEAN-Japan Cybersecurity Capacity Building Centre	members: jp.mic	
channel		intl.quad-cybersecurity-partnership	Quad Cybersecurity Partnership	members: us, jp	
channel		intl.us-japan-philippines-cyber-digital-dialogue	Japan-Philippines-U.S. Trilateral Cyber and Digital Dialogue	members: us.state.cdp, jp	
law	us	us.law.ndaa-fy2021	William M. (Mac) Thornberry National Defense Authorization Act for Fiscal Year 2021	behind: us.oncd	
