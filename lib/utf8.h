/* utf8.h: decoding and encoding one UTF-8 code point. */
#ifndef CM_UTF8_H
#define CM_UTF8_H

#include <stddef.h>

/* Decodes the code point at text into *cp; returns its length in bytes, or
 * 0 when text does not start with a well-formed UTF-8 sequence (overlong
 * forms, surrogates and values past U+10FFFF included) or is empty. */
size_t cm_utf8_decode(const char *text, unsigned *cp);
/* Writes cp (at most U+10FFFF) into out, which has room for 4 bytes;
 * returns the number of bytes written. */
size_t cm_utf8_encode(char *out, unsigned cp);

#endif
