// Text folding for search: French names compared without case, accents, hyphens or apostrophes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace maillage::text {

/// Lower-cases and strips diacritics from UTF-8 text, turning every character that is not a
/// letter or digit into a single space: "L'Haÿ-les-Roses" → "l hay les roses",
/// "Œuvre" → "oeuvre". Characters outside Latin scripts are kept as they are.
std::string fold(std::string_view utf8);

/// `fold` then split on spaces: "Saint-Étienne" → {"saint", "etienne"}.
std::vector<std::string> tokens(std::string_view utf8);

/// `tokens` joined by hyphens, keeping ASCII letters and digits only, for file names:
/// "CPTS Marseille 2&3" → "cpts-marseille-2-3".
std::string slug(std::string_view utf8);

/// True when `s` is made of ASCII digits only (and is not empty).
bool is_digits(std::string_view s);

}  // namespace maillage::text
