# list the bodies in a function
args: list --function "incident response"
exit: 0
--- stdout
list: function fn.incident-response, as of 2026-11-25

id       type    country  name
jp.nco   office  jp       National Cybersecurity Office
jp.npa   agency  jp       National Police Agency
us.cisa  agency  us       Cybersecurity and Infrastructure Security Agency
us.fbi   agency  us       Federal Bureau of Investigation
