# csv is export's, and needs -o DIRECTORY: both refused before the map is read
args: -d /nonexistent/map list -f csv
exit: 2
--- stderr
cybermap: -f csv is for export (the whole view as two files); use -f tsv for a table
