# real map: the FSA's declared counterpart covers its functions, so nothing is inferred
args: -d graphs --as-of 2026-11-25 counterpart 'financial services agency'
exit: 0
--- stdout
counterpart jp.fsa, as of 2026-11-25

kind      id           country  name                        detail
declared  us.treasury  us       Department of the Treasury  basis practice
