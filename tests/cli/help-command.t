# help for one command comes from the table
args: list --help
exit: 0
--- stdout
usage: cybermap [options] list

nodes, filtered by --type --country --function --tag

list options:
      --type TYPES         keep nodes of these types (comma-separated)
      --function NODE      keep bodies that lead or support it
      --tag TAG            keep nodes with this tag
      --with ATTRS         more columns: node attributes, comma-separated

example:
  cybermap list --type agency --country jp --function incident-response

Run 'cybermap --help' for the options every command takes.
