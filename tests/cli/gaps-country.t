# one country's gaps
args: -d tests/fixtures/gaps --as-of 2026-11-25 --country japan gaps
exit: 0
--- stdout
gaps, as of 2026-11-25

gap                                   country  element                   explanation
function without a bilateral channel           fn.b                      no bilateral channel's agenda covers Function B
function led on one side only                  fn.b                      Function B has a lead in one country and none in Japan
mandatory report without a deadline   jp       jp.s1 -> jp.a (notifies)  the mandatory report Sector Three -> Japan Agency A has no period set (no deadline set)
element without an official source    jp       jp.s1                     Sector Three cites no official or primary source
sources not checked for two years     jp       jp.s2                     the sources of Sector Four were last checked more than 730 days ago
