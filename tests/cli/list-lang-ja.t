# --lang ja labels with Japanese names
args: list --country jp --lang ja
exit: 0
--- stdout
list：国 jp（2026-11-25時点）

ID                   種別            国  名称
jp.core.electricity  分野            jp  電気(特定社会基盤事業)
jp.law.appi          法令・政策文書  jp  個人情報の保護に関する法律
jp.nco               部局・組織      jp  国家サイバー統括室
jp.npa               省庁・機関      jp  警察庁
jp.ppc               省庁・機関      jp  個人情報保護委員会
jp.sector.energy     分野            jp  電力
