// The médecin-traitant part of the demo (`maillage demo` once the demo directory is imported:
// scripts/run calls it again after the imports): the Vieux-Port sandbox gets a census of its GPs
// (declared by phone), the demo member account becomes one of them, and a few patients wait at
// different steps — one proposed to that doctor. Idempotent: nothing is added once the CPTS has
// requests, and nothing at all before the directory holds the CPTS's GPs.
#pragma once

#include <string>
#include <vector>

#include "platform/db/database.h"

namespace maillage::app {

/// A GP's practice site in the demo CPTS's territory.
struct DemoSite {
  std::string professional_id, site_key, commune_code;
};

/// The GPs' sites of the territory of `cpts_id` (whole communes), in name order, at most `limit`.
std::vector<DemoSite> demo_gp_sites(db::Connection& c, const std::string& cpts_id, int limit);

/// Sets up what is missing; returns one line per change made.
std::vector<std::string> ensure_demo_medecin_traitant(db::Database& db);

}  // namespace maillage::app
