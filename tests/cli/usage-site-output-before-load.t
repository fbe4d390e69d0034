# site needs -o: refused before the map is read (the map path here does not exist)
args: -d /nonexistent/map site
exit: 2
--- stderr
cybermap: site needs -o DIRECTORY
