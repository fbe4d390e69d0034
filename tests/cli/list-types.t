# --type takes a comma-separated list of node types
args: list --type agency,office --country us
exit: 0
--- stdout
list: type agency,office; country us, as of 2026-11-25

id       type    country  name
us.cisa  agency  us       Cybersecurity and Infrastructure Security Agency
us.dhs   agency  us       Department of Homeland Security
us.doe   agency  us       Department of Energy
us.fbi   agency  us       Federal Bureau of Investigation
