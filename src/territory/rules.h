// The territory rules, in one place (pure: the referential and the current holdings in, verdicts
// out). Each broken rule becomes a 409 naming the rule, the commune or part, and the CPTS that
// already holds it:
//   unknown_commune        — the INSEE code is not a current commune or arrondissement;
//   commune_taken          — a commune belongs to at most one CPTS;
//   part_taken             — a part belongs to at most one CPTS;
//   whole_and_parts        — a commune is whole in one CPTS or split into parts, never both;
//   postcode_not_of_commune — only postcodes the commune really has can be parts;
//   not_divisible          — a commune with a single postcode cannot be split; the communes with
//                            arrondissements (Paris, Lyon, Marseille) split by arrondissement.
// Territories may cross département and région borders: no rule about them.
#pragma once

#include <deque>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "referential/referential.h"
#include "territory/model.h"

namespace maillage::territory {

struct Violation {
  std::string rule;
  ElementKey key;
  std::string holder_cpts_id;  // the CPTS that holds the commune or part, when there is one
  std::string holder_cpts_name;
  std::string message;
  ElementKey holder_key = {};  // the element the holder holds that conflicts (a bulk import names its row)
};

/// Every element currently held by any CPTS, indexed for the rules.
class HoldingsIndex {
 public:
  explicit HoldingsIndex(std::vector<Holding> holdings);

  /// Adds one holding (a bulk import plans CPTS after CPTS against what the previous ones take).
  void add(Holding holding);

  /// The holding of exactly this element, if any.
  const Holding* find(const ElementKey& key) const;
  /// The postcode parts of commune `commune_code` held by any CPTS.
  std::vector<const Holding*> parts_of(const std::string& commune_code) const;

 private:
  std::deque<Holding> holdings_;  // stable addresses: find() answers pointers into it
  std::map<ElementKey, std::size_t> by_key_;
};

/// The kind of an element, or nothing when its code is not a current commune or arrondissement.
std::optional<ElementKind> element_kind(const referential::Referential& ref, const ElementKey& key);

/// The commune an element belongs to (the parent of an arrondissement).
std::string commune_of(const referential::Referential& ref, const ElementKey& key);

struct AdditionPlan {
  std::vector<ElementKey> to_add;        // new for this CPTS, in the order asked
  std::vector<ElementKey> already_held;  // already in this territory: nothing to do
  std::vector<Violation> violations;     // when not empty, nothing may be added
};

/// Checks adding `wanted` to the territory of `cpts_id` against every rule, including conflicts
/// among the wanted elements themselves.
AdditionPlan plan_additions(const referential::Referential& ref, const HoldingsIndex& holdings,
                            const std::string& cpts_id, const std::vector<ElementKey>& wanted);

/// The population of one element: the legal population of a commune or an arrondissement; for a
/// postcode part, the population entered for it, else an estimate splitting the commune's
/// population equally between its postcodes (the remainder going one by one to the first
/// postcodes in order, so that the parts of a commune add up to it exactly).
Population element_population(const referential::Referential& ref, const ElementKey& key,
                              std::optional<std::int64_t> entered);

/// Taille 1–4 of a population (see TailleThresholds for the boundaries).
int taille(std::int64_t population, const TailleThresholds& thresholds = {});

}  // namespace maillage::territory
