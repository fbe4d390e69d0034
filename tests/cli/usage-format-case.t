# a format name from the extension needs a known one
args: -f PNG list
exit: 2
--- stderr
cybermap: unknown format 'PNG'; use text, tsv, json, dot, png, svg, pdf, graphml, jgf, cypher or csv
