#include "territory/referential_changes.h"

#include <algorithm>
#include <map>
#include <optional>

#include "referential/referential.h"
#include "territory/rules.h"
#include "territory/territory_store.h"

namespace maillage::territory {
namespace {

// What the next referential says about codes: which exist, with which postcodes, and what a
// vanished code became.
struct NextCodes {
  std::map<std::string, const referential::Commune*> communes;
  std::map<std::string, std::string> successor;  // old code → current code

  explicit NextCodes(const referential::Dataset& next) {
    for (const auto& c : next.communes) {
      communes[c.code] = &c;
      for (const auto& old : c.former_codes) successor[old] = c.code;
    }
    for (const auto& f : next.former_communes) successor.emplace(f.code, f.current_code);
  }
  const referential::Commune* find(const std::string& code) const {
    auto it = communes.find(code);
    return it == communes.end() ? nullptr : it->second;
  }
  std::optional<std::string> successor_of(const std::string& code) const {
    auto it = successor.find(code);
    if (it == successor.end() || !find(it->second)) return std::nullopt;
    return it->second;
  }
};

std::string element_text(const ElementKey& key) {
  return key.postcode.empty() ? key.code : key.code + " (postcode " + key.postcode + ")";
}

}  // namespace

std::vector<ReferentialAdjustment> follow_referential_changes(db::Connection& c, const referential::Dataset& next,
                                                              const std::string& by, const std::string& at) {
  NextCodes codes(next);
  std::vector<ReferentialAdjustment> out;
  std::map<std::string, std::vector<std::string>> successors_wanted;  // CPTS id → successor codes
  std::map<std::string, std::string> names;

  for (const auto& h : current_holdings(c)) {
    names[h.cpts_id] = h.cpts_name;
    const referential::Commune* commune = codes.find(h.key.code);
    bool postcode_gone = commune && !h.key.postcode.empty() &&
                         std::find(commune->postcodes.begin(), commune->postcodes.end(), h.key.postcode) ==
                             commune->postcodes.end();
    if (commune && !postcode_gone) continue;
    remove_elements(c, h.cpts_id, {h.key}, by, at);
    if (postcode_gone) {
      out.push_back({h.cpts_id, h.cpts_name,
                     element_text(h.key) + " left the territory: the commune no longer has this postcode"});
      continue;
    }
    auto successor = codes.successor_of(h.key.code);
    if (!successor) {
      out.push_back({h.cpts_id, h.cpts_name, element_text(h.key) + " left the territory: the code no longer exists"});
      continue;
    }
    out.push_back({h.cpts_id, h.cpts_name, element_text(h.key) + " left the territory: it is now part of " + *successor});
    successors_wanted[h.cpts_id].push_back(*successor);
  }

  if (!successors_wanted.empty()) {
    // The successors go through the territory rules, on the next referential.
    auto ref = referential::Referential::build(next, "");
    HoldingsIndex holdings(current_holdings(c));
    for (const auto& [cpts_id, wanted] : successors_wanted) {
      for (const auto& code : wanted) {
        AdditionPlan plan = plan_additions(*ref, holdings, cpts_id, {{code, ""}});
        if (!plan.violations.empty()) {
          out.push_back({cpts_id, names[cpts_id], "could not take " + code + " whole: " + plan.violations.front().message});
        } else if (!plan.to_add.empty()) {
          add_elements(c, cpts_id, plan.to_add, {}, by, at);
          holdings.add({{code, ""}, cpts_id, names[cpts_id], std::nullopt});
          out.push_back({cpts_id, names[cpts_id], "took " + code + " (" + ref->commune(code)->name + ") whole"});
        }
      }
    }
  }

  // Seats in vanished communes move to their successor, or are cleared.
  std::vector<std::pair<std::string, std::string>> seats;  // CPTS id, seat
  {
    auto& st = c.query("SELECT id, seat_commune_code FROM cpts WHERE seat_commune_code IS NOT NULL");
    while (st.step()) seats.emplace_back(st.text(0), st.text(1));
  }
  for (const auto& [cpts_id, seat] : seats) {
    if (codes.find(seat)) continue;
    db::Value replacement;  // NULL unless there is a successor
    if (auto successor = codes.successor_of(seat)) replacement = *successor;
    c.execute("UPDATE cpts SET seat_commune_code = ? WHERE id = ?", replacement, cpts_id);
    out.push_back({cpts_id, names[cpts_id], "seat commune " + seat + " no longer exists: seat updated"});
  }
  return out;
}

}  // namespace maillage::territory
