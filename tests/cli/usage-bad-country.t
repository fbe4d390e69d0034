# an unknown country
args: --country fr list
exit: 2
--- stderr
cybermap: unknown country 'fr'; no node in the map belongs to it
