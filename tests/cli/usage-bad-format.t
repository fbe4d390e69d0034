# an unknown format
args: -f xml list
exit: 2
--- stderr
cybermap: unknown format 'xml'; use text, tsv, json, dot, png, svg, pdf, graphml, jgf, cypher or csv
