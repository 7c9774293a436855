#include "fhir/bundle.h"

#include <fmt/format.h>

#include <boost/json.hpp>

namespace maillage::fhir {
namespace {
namespace json = boost::json;

// Percent-encodes everything but the unreserved characters (RFC 3986).
std::string encode(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

}  // namespace

std::string page_url(const std::string& base, const SearchRequest& search, std::size_t offset) {
  std::string query;
  for (const auto& [name, value] : search.link_params()) query += fmt::format("{}={}&", encode(name), encode(value));
  query += fmt::format("_count={}", search.count);
  if (offset > 0) query += fmt::format("&_cursor=o{}", offset);
  return fmt::format("{}/{}?{}", base, search.type, query);
}

json::object searchset(const std::string& base, const SearchRequest& search, std::int64_t total,
                       json::array resources, json::array included) {
  json::array links{{{"relation", "self"}, {"url", page_url(base, search, search.offset)}}};
  auto n = static_cast<std::size_t>(total);
  if (search.count > 0 && search.offset + search.count < n) {
    links.push_back({{"relation", "next"}, {"url", page_url(base, search, search.offset + search.count)}});
  }
  if (search.count > 0 && search.offset > 0) {
    std::size_t previous = search.offset > search.count ? search.offset - search.count : 0;
    links.push_back({{"relation", "previous"}, {"url", page_url(base, search, previous)}});
  }
  json::array entries;
  auto add = [&](json::array& list, std::string_view mode) {
    for (auto& r : list) {
      const auto& o = r.as_object();
      std::string full_url = fmt::format("{}/{}/{}", base, o.at("resourceType").as_string(), o.at("id").as_string());
      entries.push_back({{"fullUrl", full_url}, {"resource", std::move(r)}, {"search", {{"mode", mode}}}});
    }
  };
  add(resources, "match");
  add(included, "include");
  json::object bundle{{"resourceType", "Bundle"}, {"type", "searchset"}, {"total", total}, {"link", std::move(links)}};
  if (!entries.empty()) bundle["entry"] = std::move(entries);
  return bundle;
}

}  // namespace maillage::fhir
