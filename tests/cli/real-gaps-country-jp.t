# gaps --country jp: the rows of unfiltered gaps on Japan's side, no function "led on one side only", jp.nco and jp.npa paired
args: -d graphs --as-of 2026-11-25 gaps --country jp --kind lead-without-counterpart
exit: 0
--- stdout
gaps, as of 2026-11-25

gap                                       country  element                   explanation
lead body without a declared counterpart  jp       jp.cas                    Cabinet Secretariat leads a function but has no declared counterpart
lead body without a declared counterpart  jp       jp.cshq                   Cybersecurity Strategic Headquarters leads a function but has no declared counterpart
lead body without a declared counterpart  jp       jp.nco.gsoc               Government Security Operation Coordination team leads a function but has no declared counterpart
lead body without a declared counterpart  jp       jp.nsc                    National Security Council leads a function but has no declared counterpart
lead body without a declared counterpart  jp       jp.cybersecurity-council  Cybersecurity Council leads a function but has no declared counterpart
lead body without a declared counterpart  jp       jp.npa.ncd                National Cyber Department leads a function but has no declared counterpart
lead body without a declared counterpart  jp       jp.nict.nco-center        National Cyber Observation Center leads a function but has no declared counterpart
lead body without a declared counterpart  jp       jp.nict.nctc              National Cyber Training Center leads a function but has no declared counterpart
