# real map: the NPA's declared counterpart first, then at most three inferred bodies with a score and its reasons
args: -d graphs --as-of 2026-11-25 counterpart 警察庁
exit: 0
--- stdout
counterpart jp.npa, as of 2026-11-25

kind      id            country  name                                              detail
declared  us.fbi        us       Federal Bureau of Investigation                   basis practice
inferred  us.doj        us       Department of Justice                             score 5; both lead Cybercrime law enforcement; both support Cyber incident response; same type
inferred  us.doj.ccips  us       Computer Crime and Intellectual Property Section  score 4; both lead Cybercrime law enforcement; both support Cyber diplomacy and international engagement
inferred  us.ncijtf     us       National Cyber Investigative Joint Task Force     score 4; one leads, one supports Cybercrime law enforcement; one leads, one supports Cyber incident response
