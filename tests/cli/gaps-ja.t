# in Japanese
args: -d tests/fixtures/gaps --as-of 2026-11-25 --lang ja gaps
exit: 0
--- stdout
gaps（2026-11-25時点）

不足の種類                                国  要素                                説明
二国間の枠組みがない機能                      fn.b                                Function Bを議題とする日米二国間の枠組みがない
一方の国にのみ主導機関がある機能              fn.b                                Function Bの主導機関がJapanにない
カウンターパートが定まっていない主導機関  us  us.b                                US Agency Bは機能を主導するが、公式のカウンターパートがない
義務的報告のない分野                      us  us.s2                               Sector Twoの事業者にはインシデントの報告義務がない
報告が国の調整機関に届かない分野          us  us.s2                               Sector Twoからの報告の流れが国の調整機関に届かない
期限のない義務的報告                      jp  jp.s1 -> jp.a (報告・通知)          義務的報告Sector Three -> Japan Agency Aに期限の定めがない（期限の定めなし）
期限のない伝達                            us  us.a -> us.b (報告・通知)           US Agency A -> US Agency Bの伝達に期限がなく、発生からの期限が定まらない
所管分野から報告を受けない所管機関        us  us.b -> us.s1 (所管（リスク管理）)  US Agency B -> Sector One：分野の所管機関だが、その分野からの報告の流れがない
公的な出典のない要素                      jp  jp.s1                               Sector Threeに公的機関又は一次資料の出典がない
2年以上確認していない出典                 jp  jp.s2                               Sector Fourの出典の確認から730日以上経過
