#include "platform/util/text.h"

#include <array>
#include <cstdint>

namespace maillage::text {
namespace {

// Folding of the Latin-1 Supplement (U+00C0–U+00FF), indexed from U+00C0.
constexpr std::array<const char*, 64> kLatin1 = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0–CF
    "d", "n", "o", "o", "o", "o", "o", " ", "o", "u", "u", "u", "u", "y", "th", "ss",  // D0–DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0–EF
    "d", "n", "o", "o", "o", "o", "o", " ", "o", "u", "u", "u", "u", "y", "th", "y",   // F0–FF
};

// Folding of Latin Extended-A (U+0100–U+017F), the letters of French, Breton, Occitan, Basque,
// Alsatian and overseas names that fall outside Latin-1, in pairs (upper, lower).
constexpr std::array<const char*, 128> kLatinExtendedA = {
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",       // 100–10F
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",       // 110–11F
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",       // 120–12F
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",     // 130–13F
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",       // 140–14F
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",     // 150–15F
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",       // 160–16F
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",       // 170–17F
};

// Decodes one UTF-8 code point at `i`, advancing `i`; invalid bytes decode as U+FFFD.
std::uint32_t decode(std::string_view s, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
  if (extra < 0 || i + extra >= s.size()) {
    ++i;
    return 0xFFFD;
  }
  std::uint32_t cp = extra == 0 ? c : c & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  i += extra + 1;
  return cp;
}

void append_space(std::string& out) {
  if (!out.empty() && out.back() != ' ') out.push_back(' ');
}

}  // namespace

std::string fold(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  std::size_t i = 0;
  while (i < utf8.size()) {
    std::size_t start = i;
    std::uint32_t cp = decode(utf8, i);
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
      else append_space(out);
    } else if (cp >= 0xC0 && cp <= 0xFF) {
      const char* f = kLatin1[cp - 0xC0];
      if (f[0] == ' ') append_space(out);
      else out += f;
    } else if (cp >= 0x100 && cp <= 0x17F) {
      out += kLatinExtendedA[cp - 0x100];
    } else if (cp < 0xC0 || cp == 0x2019 || cp == 0x2018 || cp == 0x2013 || cp == 0x2014 || cp == 0xFFFD) {
      append_space(out);  // punctuation, typographic apostrophes and dashes, invalid bytes
    } else {
      out.append(utf8.substr(start, i - start));
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> tokens(std::string_view utf8) {
  std::vector<std::string> result;
  std::string folded = fold(utf8);
  std::size_t pos = 0;
  while (pos < folded.size()) {
    std::size_t end = folded.find(' ', pos);
    if (end == std::string::npos) end = folded.size();
    if (end > pos) result.emplace_back(folded.substr(pos, end - pos));
    pos = end + 1;
  }
  return result;
}

bool is_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string slug(std::string_view utf8) {
  std::string out;
  for (const auto& token : tokens(utf8)) {
    std::string ascii;
    for (char ch : token) {
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) ascii += ch;
    }
    if (ascii.empty()) continue;
    if (!out.empty()) out += '-';
    out += ascii;
  }
  return out;
}

}  // namespace maillage::text
