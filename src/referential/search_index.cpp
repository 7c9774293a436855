#include "referential/search_index.h"

#include <algorithm>
#include <numeric>
#include <tuple>
#include <unordered_map>

#include "platform/util/text.h"

namespace maillage::referential {
namespace {

// Abbreviations people type for the words that start thousands of French place names.
const std::unordered_map<std::string, std::string> kAbbreviations = {
    {"st", "saint"}, {"ste", "sainte"}, {"sts", "saints"}, {"stes", "saintes"}, {"mt", "mont"}, {"ft", "fort"}};

void sort_unique(std::vector<std::uint32_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

bool equals_ignoring_case(std::string_view code, std::string_view folded) {
  if (code.size() != folded.size()) return false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i] >= 'A' && code[i] <= 'Z' ? static_cast<char>(code[i] - 'A' + 'a') : code[i];
    if (c != folded[i]) return false;
  }
  return true;
}

}  // namespace

SearchIndex::SearchIndex(const std::vector<Commune>& communes, const std::vector<FormerCommune>& former)
    : communes_(communes), former_(former) {
  std::unordered_map<std::string, std::uint32_t> index_of;
  for (std::uint32_t i = 0; i < communes.size(); ++i) index_of[communes[i].code] = i;

  for (std::uint32_t i = 0; i < communes.size(); ++i) entries_.push_back({i, -1, text::fold(communes[i].name)});
  for (std::int32_t f = 0; f < static_cast<std::int32_t>(former.size()); ++f) {
    auto it = index_of.find(former[f].current_code);
    if (it == index_of.end()) continue;
    std::string folded = text::fold(former[f].name);
    // A former name equal to the current one adds nothing to find.
    if (folded == entries_[it->second].folded_name) continue;
    entries_.push_back({it->second, f, std::move(folded)});
  }
  // Entry ids follow the ranking, so any sorted list of ids is already in population order.
  std::stable_sort(entries_.begin(), entries_.end(), [&](const Entry& a, const Entry& b) {
    const Commune& ca = communes_[a.commune];
    const Commune& cb = communes_[b.commune];
    return std::make_tuple(-ca.population.value_or(0), ca.code, a.former >= 0) <
           std::make_tuple(-cb.population.value_or(0), cb.code, b.former >= 0);
  });

  for (std::uint32_t e = 0; e < entries_.size(); ++e) {
    for (auto& t : text::tokens(entries_[e].folded_name)) tokens_.push_back({std::move(t), e});
    if (entries_[e].former < 0) {
      const Commune& c = communes_[entries_[e].commune];
      tokens_.push_back({text::fold(c.code), e});
      for (const auto& pc : c.postcodes) tokens_.push_back({pc, e});
    }
  }
  std::sort(tokens_.begin(), tokens_.end());
}

std::vector<std::uint32_t> SearchIndex::entries_matching(const std::string& prefix) const {
  std::vector<std::uint32_t> out;
  auto collect = [&](const std::string& key, bool whole_word) {
    auto it = std::lower_bound(tokens_.begin(), tokens_.end(), Token{key, 0});
    for (; it != tokens_.end() && it->text.starts_with(key); ++it) {
      if (!whole_word || it->text.size() == key.size()) out.push_back(it->entry);
    }
  };
  collect(prefix, false);
  if (auto a = kAbbreviations.find(prefix); a != kAbbreviations.end()) collect(a->second, true);
  sort_unique(out);
  return out;
}

bool SearchIndex::passes_filters(const Commune& c, const SearchQuery& q) const {
  if (!q.departement.empty() && c.departement_code != q.departement) return false;
  if (!q.region.empty() && c.region_code != q.region) return false;
  if (!q.epci.empty() && c.epci_siren != q.epci) return false;
  if (!q.postcode.empty() && std::find(c.postcodes.begin(), c.postcodes.end(), q.postcode) == c.postcodes.end()) {
    return false;
  }
  return true;
}

int SearchIndex::tier(const Entry& e, const std::string& folded_query) const {
  const Commune& c = communes_[e.commune];
  if (e.former < 0 && equals_ignoring_case(c.code, folded_query)) return 0;
  if (e.folded_name == folded_query) return 1;
  bool precise_postcode = c.kind == CommuneKind::arrondissement || c.postcodes.size() == 1;
  if (e.former < 0 && precise_postcode && std::find(c.postcodes.begin(), c.postcodes.end(), folded_query) != c.postcodes.end()) {
    return 1;
  }
  return 2;
}

SearchPage SearchIndex::search(const SearchQuery& query) const {
  std::vector<std::string> words = text::tokens(query.text);
  std::vector<std::uint32_t> candidates;
  if (words.empty()) {
    candidates.resize(entries_.size());
    std::iota(candidates.begin(), candidates.end(), 0);
  } else {
    std::vector<std::vector<std::uint32_t>> lists;
    for (const auto& w : words) lists.push_back(entries_matching(w));
    std::sort(lists.begin(), lists.end(), [](const auto& a, const auto& b) { return a.size() < b.size(); });
    candidates = std::move(lists.front());
    for (std::size_t i = 1; i < lists.size() && !candidates.empty(); ++i) {
      std::vector<std::uint32_t> kept;
      std::set_intersection(candidates.begin(), candidates.end(), lists[i].begin(), lists[i].end(),
                            std::back_inserter(kept));
      candidates = std::move(kept);
    }
  }

  // Tiers in order, population order inside each (entry ids already follow it).
  std::vector<std::uint32_t> ranked;
  if (words.empty()) {
    ranked = std::move(candidates);
  } else {
    std::string folded_query = text::fold(query.text);
    std::vector<std::uint8_t> tiers(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i) tiers[i] = static_cast<std::uint8_t>(tier(entries_[candidates[i]], folded_query));
    ranked.reserve(candidates.size());
    for (std::uint8_t t = 0; t <= 2; ++t) {
      for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (tiers[i] == t) ranked.push_back(candidates[i]);
      }
    }
  }

  SearchPage page;
  std::vector<bool> seen(communes_.size(), false);
  std::size_t matched = 0;
  for (auto id : ranked) {
    const Entry& e = entries_[id];
    if (seen[e.commune]) continue;  // one hit per commune, its best-ranked entry
    const Commune& c = communes_[e.commune];
    if (!passes_filters(c, query)) continue;
    seen[e.commune] = true;
    if (matched++ < query.offset) continue;
    if (page.hits.size() == query.limit) {
      page.has_more = true;
      break;
    }
    page.hits.push_back({&c, e.former >= 0 ? &former_[static_cast<std::size_t>(e.former)] : nullptr});
  }
  return page;
}

}  // namespace maillage::referential
