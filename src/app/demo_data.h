// The demo. Two levels:
//   - `ensure_demo_data` (what `serve --demo` needs): two CPTS and one account per role, with
//     documented passwords (README.md). Demo accounts are flagged and can sign in only on a
//     server started with `--demo`, which listens on loopback only.
//   - `ensure_demo_showcase` (`maillage demo`, run by scripts/run): real territories on top —
//     CPTS Marseille 2&3 (seed 003: arrondissements 13202 and 13203, contract signed on
//     17 February 2023), a rural CPTS across two départements (the CC de Puisaye-Forterre, Nièvre
//     and Yonne), a CPTS of Toulouse holding two of its postcodes, and the Vieux-Port sandbox
//     given two arrondissements. Every territory goes through the territory rules.
#pragma once

#include <string>
#include <vector>

#include "platform/db/database.h"
#include "referential/referential.h"

namespace maillage::app {

/// Creates whatever of the demo accounts and CPTS is missing (idempotent).
void ensure_demo_data(db::Database& db);

/// Sets up whatever of the showcase is missing (idempotent: a CPTS whose territory or
/// lifecycle was ever changed is left as it is); returns one line per change made. Throws when
/// a territory rule refuses a demo territory (e.g. a commune already given to another CPTS).
std::vector<std::string> ensure_demo_showcase(db::Database& db, const referential::Referential& ref);

}  // namespace maillage::app
