// An immutable, in-memory snapshot of the stored referential with its lookups and search index.
// Reference data changes only on import, so every read of it is served from memory; the service
// swaps in a new snapshot after an import.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "platform/db/database.h"
#include "referential/model.h"
#include "referential/search_index.h"

namespace maillage::referential {

class Referential {
 public:
  /// Builds the snapshot (and its search index) from a dataset read from the store.
  static std::shared_ptr<const Referential> build(Dataset dataset, std::string imported_at);

  const Commune* commune(std::string_view code) const;
  const Departement* departement(std::string_view code) const;
  const Region* region(std::string_view code) const;
  const Epci* epci(std::string_view siren) const;
  /// The current commune a former commune's code designates (commune déléguée or associée).
  const FormerCommune* former_commune(std::string_view code) const;

  std::vector<const Commune*> arrondissements_of(const Commune& commune) const;
  std::vector<const FormerCommune*> former_names_of(const Commune& commune) const;
  std::vector<const Postcode*> postcodes_of(const Commune& commune) const;
  /// Communes and arrondissements served by a postcode.
  std::vector<const Postcode*> postcode(std::string_view postcode) const;

  SearchPage search(const SearchQuery& query) const { return index_->search(query); }

  const Dataset& data() const { return data_; }
  const std::string& imported_at() const { return imported_at_; }
  bool empty() const { return data_.communes.empty(); }

 private:
  Referential() = default;

  Dataset data_;
  std::string imported_at_;
  std::unordered_map<std::string_view, std::size_t> communes_, departements_, regions_, epci_, former_;
  std::unordered_map<std::string_view, std::vector<std::size_t>> arrondissements_, former_by_current_,
      postcodes_by_commune_, postcodes_by_code_;
  std::unique_ptr<SearchIndex> index_;
};

/// Holds the current snapshot; readers get it without locking, an import replaces it.
class ReferentialService {
 public:
  explicit ReferentialService(db::Database& db) : db_(db) {}

  /// Loads the snapshot from the database (call at start-up and after an import).
  void reload();

  std::shared_ptr<const Referential> current() const { return current_.load(); }

 private:
  db::Database& db_;
  std::atomic<std::shared_ptr<const Referential>> current_;
};

}  // namespace maillage::referential
