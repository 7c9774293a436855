#include "referential/epci_search.h"

#include <algorithm>

#include "platform/util/text.h"

namespace maillage::referential {
namespace {

bool words_match(const std::vector<std::string>& wanted, const std::vector<std::string>& words) {
  return std::all_of(wanted.begin(), wanted.end(), [&](const std::string& w) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& word) { return word.starts_with(w); });
  });
}

bool has_commune_in(const Referential& ref, const Epci& e, const std::string& departement) {
  return std::any_of(e.member_codes.begin(), e.member_codes.end(), [&](const std::string& code) {
    const Commune* c = ref.commune(code);
    return c && c->departement_code == departement;
  });
}

}  // namespace

std::vector<const Epci*> search_epci(const Referential& ref, const std::string& query,
                                     const std::string& departement, std::size_t limit) {
  std::vector<std::string> wanted = text::tokens(query);
  std::vector<const Epci*> found;
  for (const auto& e : ref.data().epci) {
    bool match = e.siren == query || words_match(wanted, text::tokens(e.name));
    if (match && (departement.empty() || has_commune_in(ref, e, departement))) found.push_back(&e);
  }
  std::stable_sort(found.begin(), found.end(), [](const Epci* a, const Epci* b) {
    return a->population_municipale.value_or(0) > b->population_municipale.value_or(0);
  });
  if (found.size() > limit) found.resize(limit);
  return found;
}

}  // namespace maillage::referential
