// The searchset Bundle of a search: total, links (self, next, previous: absolute URLs whose
// `_cursor` is an opaque page offset) and one entry per resource.
#pragma once

#include <boost/json/object.hpp>
#include <string>

#include "fhir/search_params.h"

namespace maillage::fhir {

/// The Bundle of one page: `resources` (their `resourceType` and `id` make the entries' fullUrl)
/// out of `total` matches of `search`, then the `included` resources they reference (search mode
/// include); `base` is the service base URL.
boost::json::object searchset(const std::string& base, const SearchRequest& search, std::int64_t total,
                              boost::json::array resources, boost::json::array included = {});

/// The URL of a page of `search` starting at `offset`.
std::string page_url(const std::string& base, const SearchRequest& search, std::size_t offset);

}  // namespace maillage::fhir
