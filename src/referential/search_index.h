// In-memory commune search: accent-, case- and hyphen-insensitive, by word prefixes, over current
// names, arrondissements, former names (communes déléguées and associées), INSEE codes and
// postcodes. Built once per referential snapshot; a query touches only the matching entries.
//
// Ranking: exact INSEE code first; then exact name or precise postcode (an arrondissement's, or
// the only postcode of a commune); then everything else by population, largest first.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "referential/model.h"

namespace maillage::referential {

struct SearchQuery {
  std::string text;  // free text: name words, INSEE code or postcode, possibly partial
  std::string departement, region, epci, postcode;  // filters; empty = any
  std::size_t offset = 0;
  std::size_t limit = 20;
};

struct SearchHit {
  const Commune* commune;
  const FormerCommune* matched_former;  // set when only a former name matched
};

struct SearchPage {
  std::vector<SearchHit> hits;
  bool has_more = false;
};

class SearchIndex {
 public:
  /// Indexes `communes` and `former` (which must outlive the index). Arrondissements are expected
  /// to carry their commune's EPCI (see Referential).
  SearchIndex(const std::vector<Commune>& communes, const std::vector<FormerCommune>& former);

  SearchPage search(const SearchQuery& query) const;

 private:
  struct Entry {
    std::uint32_t commune;             // index into communes_
    std::int32_t former;               // index into former_, or -1 for the commune's own name
    std::string folded_name;
  };
  struct Token {
    std::string text;
    std::uint32_t entry;
    bool operator<(const Token& o) const { return text < o.text || (text == o.text && entry < o.entry); }
  };

  /// Entries holding a token that starts with `prefix` (or equals one of its expansions), sorted.
  std::vector<std::uint32_t> entries_matching(const std::string& prefix) const;
  bool passes_filters(const Commune& c, const SearchQuery& q) const;
  int tier(const Entry& e, const std::string& folded_query) const;

  const std::vector<Commune>& communes_;
  const std::vector<FormerCommune>& former_;
  std::vector<Entry> entries_;  // ordered by population (largest first), own names before former ones
  std::vector<Token> tokens_;   // sorted
};

}  // namespace maillage::referential
