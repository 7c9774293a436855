#include "territory/territory_store.h"

#include "platform/auth/crypto.h"

namespace maillage::territory {
namespace {

ElementRecord read_record(db::Statement& st) {
  return {st.text(0), {st.text(1), st.text(2)}, st.optional_int64(3), st.text(4), st.text(5), st.text(6), st.text(7)};
}

db::Value postcode_value(const ElementKey& key) {
  db::Value value;  // NULL for a whole commune or an arrondissement
  if (!key.postcode.empty()) value = key.postcode;
  return value;
}

}  // namespace

std::vector<Holding> current_holdings(db::Connection& c) {
  std::vector<Holding> out;
  auto& st = c.query(
      "SELECT e.code, COALESCE(e.postcode, ''), e.cpts_id, p.name, e.population FROM territory_elements e"
      " JOIN cpts p ON p.id = e.cpts_id WHERE e.removed_at IS NULL");
  while (st.step()) out.push_back({{st.text(0), st.text(1)}, st.text(2), st.text(3), st.optional_int64(4)});
  return out;
}

std::vector<ElementRecord> territory_at(db::Connection& c, const std::string& cpts_id, const std::string& at) {
  std::vector<ElementRecord> out;
  auto& st = at.empty()
                 ? c.query("SELECT id, code, COALESCE(postcode, ''), population, added_at, added_by,"
                           " COALESCE(removed_at, ''), COALESCE(removed_by, '') FROM territory_elements"
                           " WHERE cpts_id = ? AND removed_at IS NULL ORDER BY code, postcode",
                           cpts_id)
                 : c.query("SELECT id, code, COALESCE(postcode, ''), population, added_at, added_by,"
                           " COALESCE(removed_at, ''), COALESCE(removed_by, '') FROM territory_elements"
                           " WHERE cpts_id = ? AND added_at <= ? AND (removed_at IS NULL OR removed_at > ?)"
                           " ORDER BY code, postcode",
                           cpts_id, at, at);
  while (st.step()) out.push_back(read_record(st));
  return out;
}

std::vector<ElementRecord> territory_history(db::Connection& c, const std::string& cpts_id) {
  std::vector<ElementRecord> out;
  auto& st = c.query(
      "SELECT id, code, COALESCE(postcode, ''), population, added_at, added_by, COALESCE(removed_at, ''),"
      " COALESCE(removed_by, '') FROM territory_elements WHERE cpts_id = ? ORDER BY added_at, code, postcode",
      cpts_id);
  while (st.step()) out.push_back(read_record(st));
  return out;
}

void add_elements(db::Connection& c, const std::string& cpts_id, const std::vector<ElementKey>& keys,
                  const std::map<ElementKey, std::int64_t>& entered_populations, const std::string& by,
                  const std::string& at) {
  for (const auto& key : keys) {
    auto& insert = c.prepare(
        "INSERT INTO territory_elements (id, cpts_id, code, postcode, population, added_at, added_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind_all(auth::random_id(), cpts_id, key.code, postcode_value(key), nullptr, at, by);
    if (auto population = entered_populations.find(key); population != entered_populations.end()) {
      insert.bind(5, population->second);
    }
    insert.run();
  }
}

std::vector<ElementKey> remove_elements(db::Connection& c, const std::string& cpts_id,
                                        const std::vector<ElementKey>& keys, const std::string& by,
                                        const std::string& at) {
  std::vector<ElementKey> removed;
  for (const auto& key : keys) {
    auto n = c.execute(
        "UPDATE territory_elements SET removed_at = ?, removed_by = ? WHERE cpts_id = ? AND code = ?"
        " AND COALESCE(postcode, '') = ? AND removed_at IS NULL",
        at, by, cpts_id, key.code, key.postcode);
    if (n > 0) removed.push_back(key);
  }
  return removed;
}

}  // namespace maillage::territory
