#include "fhir/ids.h"

#include <charconv>

#include "platform/auth/crypto.h"
#include "platform/util/text.h"

namespace maillage::fhir {
namespace {

constexpr std::size_t kDigestLength = 16;

bool is_hex(std::string_view s) {
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    if (!ok) return false;
  }
  return true;
}

std::string site_digest(std::string_view site_key) { return auth::digest_hex(site_key).substr(0, kDigestLength); }

std::string site_resource_id(std::string_view national_id, std::string_view site_key) {
  std::string id(national_id);
  id += '-';
  id += site_digest(site_key);
  return id;
}

std::optional<SiteId> parse_site_resource_id(std::string_view id) {
  auto dash = id.find('-');
  if (dash == std::string_view::npos || id.size() - dash - 1 != kDigestLength) return std::nullopt;
  auto national = id.substr(0, dash), digest = id.substr(dash + 1);
  if (!text::is_digits(national) || !is_hex(digest)) return std::nullopt;
  return SiteId{std::string(national), std::string(digest)};
}

std::string slot_resource_id(std::int64_t slot_id) { return std::to_string(slot_id); }

std::optional<std::int64_t> parse_slot_resource_id(std::string_view id) {
  std::int64_t n = 0;
  if (id.empty() || id.size() > 18 || !text::is_digits(id) || (id.size() > 1 && id.front() == '0')) {
    return std::nullopt;
  }
  std::from_chars(id.data(), id.data() + id.size(), n);
  return n;
}

}  // namespace maillage::fhir
