# an unknown node is an error with a suggestion
args: show cisx
exit: 2
--- stderr
cybermap: no node matches 'cisx'; did you mean us.cisa  agency  Cybersecurity and Infrastructure Security Agency  (from 2018-11-16)?
      cybermap show us.cisa
