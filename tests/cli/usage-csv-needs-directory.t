# export -f csv without -o is refused before the map is read
args: -d /nonexistent/map export -f csv
exit: 2
--- stderr
cybermap: csv is two files (nodes.csv, relationships.csv); give -o DIRECTORY
