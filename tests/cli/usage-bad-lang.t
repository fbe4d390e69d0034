# an unknown language
args: --lang fr list
exit: 2
--- stderr
cybermap: unknown language 'fr'; use en or ja
