// Storage of territory compositions and their history.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.h"
#include "territory/model.h"

namespace maillage::territory {

/// One element of a territory, with the dates it entered and left it.
struct ElementRecord {
  std::string id;
  ElementKey key;
  std::optional<std::int64_t> entered_population;
  std::string added_at, added_by;
  std::string removed_at, removed_by;  // empty while current
};

/// Every element currently held by any CPTS (the rules need them all: a refusal names the
/// holder), with the holder's name.
std::vector<Holding> current_holdings(db::Connection& c);

/// The territory of `cpts_id` at time `at` (ISO 8601 UTC; empty: now).
std::vector<ElementRecord> territory_at(db::Connection& c, const std::string& cpts_id, const std::string& at);

/// Every element the territory ever had, oldest first (its history).
std::vector<ElementRecord> territory_history(db::Connection& c, const std::string& cpts_id);

void add_elements(db::Connection& c, const std::string& cpts_id, const std::vector<ElementKey>& keys,
                  const std::map<ElementKey, std::int64_t>& entered_populations, const std::string& by,
                  const std::string& at);

/// Ends the current elements of `cpts_id` among `keys`; returns those actually removed.
std::vector<ElementKey> remove_elements(db::Connection& c, const std::string& cpts_id,
                                        const std::vector<ElementKey>& keys, const std::string& by,
                                        const std::string& at);

}  // namespace maillage::territory
