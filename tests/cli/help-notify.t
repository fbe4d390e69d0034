# help notify names kinds of incident, and says where the whole list is
args: help notify
exit: 0
--- stdout
usage: cybermap [options] notify SECTOR

who is told when an incident hits SECTOR, in order and by when

notify options:
      --incident KIND      reports this kind of incident sets off: ransomware, data-breach, service-outage, cybercrime, ... (the map's kinds; an unknown one lists them)
      --duty DUTY          reports of this duty only: mandatory, expected or voluntary
      --trigger PATTERN    only flows whose trigger matches (PCRE2)
      --sources            show where each flow was verified

example:
  cybermap notify 'financial services' --country us

Run 'cybermap --help' for the options every command takes.
