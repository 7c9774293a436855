// The unscheduled-care part of the demo (`maillage demo` once the demo directory is imported):
// the Vieux-Port sandbox lists two resources (an MSP and a maison médicale de garde, published),
// three of its GPs publish weekly patterns for the next three weeks (one remote), and two
// requests wait — one already oriented to a slot. Idempotent: nothing is added once the CPTS has
// resources, and nothing at all before the directory holds the CPTS's GPs.
#pragma once

#include <string>
#include <vector>

#include "platform/db/database.h"
#include "referential/referential.h"

namespace maillage::app {

/// Sets up what is missing; returns one line per change made.
std::vector<std::string> ensure_demo_soins_non_programmes(db::Database& db, const referential::Referential& ref);

}  // namespace maillage::app
