// Character encodings of imported files: recent national extractions are UTF-8, older ones
// Latin-1 (ISO 8859-1). A line that is not valid UTF-8 is read as Latin-1.
#pragma once

#include <string>
#include <string_view>

namespace maillage::text {

/// True when `s` is well-formed UTF-8 (no overlong forms, no surrogates, at most U+10FFFF).
bool is_valid_utf8(std::string_view s);

/// Latin-1 bytes to UTF-8 (every byte is a code point).
std::string latin1_to_utf8(std::string_view s);

/// UTF-8 text to Latin-1 bytes (files written in the encoding of older extractions); a character
/// outside Latin-1 becomes '?'. `s` must be valid UTF-8.
std::string utf8_to_latin1(std::string_view s);

}  // namespace maillage::text
