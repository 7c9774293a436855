// Following a new vintage of the referential (INSEE's yearly commune changes: mergers, code
// changes, postcodes reassigned) in the current territories, inside the import's transaction
// and before the referential is written:
//   - an element whose commune or arrondissement vanished ends; the CPTS takes the commune it
//     became (a commune nouvelle, or the new code) whole when the territory rules allow it —
//     no other CPTS holds it or a part of it — and is told otherwise;
//   - a postcode part whose postcode the commune no longer has ends;
//   - a CPTS seated in a vanished commune gets its successor as seat (or none).
// History keeps the old elements, with their codes.
#pragma once

#include <string>
#include <vector>

#include "platform/db/database.h"
#include "referential/model.h"

namespace maillage::territory {

/// One change made to a CPTS's territory or profile, in words.
struct ReferentialAdjustment {
  std::string cpts_id;
  std::string cpts_name;
  std::string message;
};

/// Brings the current territories in line with `next` (the referential about to be written) as
/// `by` at time `at`; returns what changed, CPTS by CPTS.
std::vector<ReferentialAdjustment> follow_referential_changes(db::Connection& c, const referential::Dataset& next,
                                                              const std::string& by, const std::string& at);

}  // namespace maillage::territory
