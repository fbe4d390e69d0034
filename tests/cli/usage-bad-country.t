# an unknown country
args: --country fr list
exit: 2
--- stderr
cybermap: unknown country 'fr'; the map has us (United States), jp (Japan)
