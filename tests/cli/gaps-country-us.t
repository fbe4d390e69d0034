# one country's gaps: the checks see both sides (fn.a has a lead in each, us.a a counterpart)
args: -d tests/fixtures/gaps --as-of 2026-11-25 --country us gaps
exit: 0
--- stdout
gaps, as of 2026-11-25

gap                                               country  element                       explanation
function without a bilateral channel                       fn.b                          no bilateral channel's agenda covers Function B
function led on one side only                              fn.b                          Function B has a lead in one country and none in Japan
lead body without a declared counterpart          us       us.b                          US Agency B leads a function but has no declared counterpart
sector without a mandatory report                 us       us.s2                         no operator of Sector Two must report an incident to any body
sector whose reports never reach the national c…  us       us.s2                         no chain of reports from Sector Two reaches its country's national coordinator
onward report without a deadline                  us       us.a -> us.b (notifies)       US Agency A -> US Agency B passes a report on with no deadline, so the chain's total is unknown
sector manager told nothing by its sector         us       us.b -> us.s1 (risk_manages)  US Agency B -> Sector One: the body manages the sector's risk but no report flows to it from the sector
