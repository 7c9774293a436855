#include "territory/rules.h"

#include <algorithm>
#include <set>

namespace maillage::territory {

std::string_view to_string(ElementKind kind) {
  switch (kind) {
    case ElementKind::commune: return "commune";
    case ElementKind::arrondissement: return "arrondissement";
    case ElementKind::postcode_part: return "postcode_part";
  }
  return "commune";
}

HoldingsIndex::HoldingsIndex(std::vector<Holding> holdings) {
  for (auto& h : holdings) add(std::move(h));
}

void HoldingsIndex::add(Holding holding) {
  holdings_.push_back(std::move(holding));
  by_key_.emplace(holdings_.back().key, holdings_.size() - 1);
}

const Holding* HoldingsIndex::find(const ElementKey& key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : &holdings_[it->second];
}

std::vector<const Holding*> HoldingsIndex::parts_of(const std::string& commune_code) const {
  // Keys sort by code then postcode: the parts follow the whole commune's key.
  std::vector<const Holding*> out;
  for (auto it = by_key_.upper_bound({commune_code, ""}); it != by_key_.end() && it->first.code == commune_code; ++it) {
    out.push_back(&holdings_[it->second]);
  }
  return out;
}

std::optional<ElementKind> element_kind(const referential::Referential& ref, const ElementKey& key) {
  const referential::Commune* c = ref.commune(key.code);
  if (!c) return std::nullopt;
  if (c->kind == referential::CommuneKind::arrondissement) {
    if (!key.postcode.empty()) return std::nullopt;
    return ElementKind::arrondissement;
  }
  return key.postcode.empty() ? ElementKind::commune : ElementKind::postcode_part;
}

std::string commune_of(const referential::Referential& ref, const ElementKey& key) {
  const referential::Commune* c = ref.commune(key.code);
  return c && !c->parent_code.empty() ? c->parent_code : key.code;
}

namespace {

std::string describe(const referential::Referential& ref, const ElementKey& key) {
  const referential::Commune* c = ref.commune(key.code);
  std::string name = c ? c->name + " (" + key.code + ")" : key.code;
  return key.postcode.empty() ? name : name + ", postcode " + key.postcode;
}

Violation held_by(std::string rule, const ElementKey& key, const Holding& h, std::string message) {
  return {std::move(rule), key, h.cpts_id, h.cpts_name, std::move(message) + " " + h.cpts_name, h.key};
}

}  // namespace

AdditionPlan plan_additions(const referential::Referential& ref, const HoldingsIndex& holdings,
                            const std::string& cpts_id, const std::vector<ElementKey>& wanted) {
  AdditionPlan plan;
  // What this request adds, seen by the rules like holdings of `cpts_id` (conflicts inside one
  // request are conflicts too: a commune and one of its parts in the same list).
  std::set<ElementKey> pending;
  std::set<std::string> pending_communes;  // the communes of the pending elements
  std::set<ElementKey> seen;
  const Holding kSelf{{}, cpts_id, "this CPTS", std::nullopt};

  for (const auto& key : wanted) {
    if (!seen.insert(key).second) continue;
    const referential::Commune* c = ref.commune(key.code);
    if (!c) {
      std::string message = "no current commune or arrondissement has INSEE code " + key.code;
      if (const auto* f = ref.former_commune(key.code)) {
        message += " (" + f->name + " is now part of " + f->current_code + ")";
      }
      plan.violations.push_back({"unknown_commune", key, "", "", message});
      continue;
    }
    auto kind = element_kind(ref, key);
    std::string commune_code = commune_of(ref, key);
    const referential::Commune* commune = ref.commune(commune_code);
    bool has_arrondissements = !ref.arrondissements_of(*commune).empty();

    if (!kind) {
      plan.violations.push_back({"not_divisible", key, "", "",
                                 describe(ref, key) + ": an arrondissement is not split further by postcode"});
      continue;
    }
    if (*kind == ElementKind::postcode_part) {
      if (std::find(c->postcodes.begin(), c->postcodes.end(), key.postcode) == c->postcodes.end()) {
        plan.violations.push_back({"postcode_not_of_commune", key, "", "",
                                   c->name + " (" + c->code + ") has no postcode " + key.postcode});
        continue;
      }
      if (has_arrondissements) {
        plan.violations.push_back({"not_divisible", key, "", "",
                                   c->name + " is split by arrondissement municipal, not by postcode"});
        continue;
      }
      if (c->postcodes.size() < 2) {
        plan.violations.push_back({"not_divisible", key, "", "",
                                   c->name + " (" + c->code + ") has a single postcode: it can only be added whole"});
        continue;
      }
    }

    // Who holds this very element, or the whole commune, or parts of it — now or in this request.
    auto holder_of = [&](const ElementKey& k) -> const Holding* {
      if (const Holding* h = holdings.find(k)) return h;
      return pending.contains(k) ? &kSelf : nullptr;
    };
    const Holding* exact = holder_of(key);
    if (exact && exact->cpts_id == cpts_id) {
      plan.already_held.push_back(key);
      continue;
    }
    if (exact) {
      plan.violations.push_back(held_by(*kind == ElementKind::commune ? "commune_taken" : "part_taken", key, *exact,
                                        describe(ref, key) + " already belongs to"));
      continue;
    }
    if (*kind == ElementKind::commune) {
      std::vector<const Holding*> parts = holdings.parts_of(commune_code);
      for (const auto* a : ref.arrondissements_of(*commune)) {
        if (const Holding* h = holder_of({a->code, ""})) parts.push_back(h);
      }
      if (pending_communes.contains(commune_code)) parts.push_back(&kSelf);
      if (!parts.empty()) {
        plan.violations.push_back(held_by("whole_and_parts", key, *parts.front(),
                                          describe(ref, key) + " is split into parts; a part is held by"));
        continue;
      }
    } else {
      if (const Holding* whole = holder_of({commune_code, ""})) {
        plan.violations.push_back(held_by("whole_and_parts", key, *whole,
                                          describe(ref, key) + ": the whole commune " + commune->name +
                                              " already belongs to"));
        continue;
      }
    }
    pending.insert(key);
    pending_communes.insert(commune_code);
    plan.to_add.push_back(key);
  }
  if (!plan.violations.empty()) plan.to_add.clear();
  return plan;
}

Population element_population(const referential::Referential& ref, const ElementKey& key,
                              std::optional<std::int64_t> entered) {
  const referential::Commune* c = ref.commune(key.code);
  if (!c) return {};
  if (key.postcode.empty()) return {c->population.value_or(0), false};
  if (entered) return {*entered, false};
  // Equal split; the remainder goes one inhabitant at a time to the first postcodes.
  std::vector<std::string> postcodes = c->postcodes;
  std::sort(postcodes.begin(), postcodes.end());
  auto n = static_cast<std::int64_t>(postcodes.size());
  auto index = std::find(postcodes.begin(), postcodes.end(), key.postcode) - postcodes.begin();
  if (n == 0 || index == n) return {0, true};
  std::int64_t total = c->population.value_or(0);
  return {total / n + (index < total % n ? 1 : 0), true};
}

int taille(std::int64_t population, const TailleThresholds& t) {
  if (population >= t.taille4) return 4;
  if (population >= t.taille3) return 3;
  if (population >= t.taille2) return 2;
  return 1;
}

}  // namespace maillage::territory
