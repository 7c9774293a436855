// Downloads and maps: a CPTS's territory and the zones blanches of an area as CSV (for
// spreadsheets) and GeoJSON points (for GIS tools), and the coverage map of a région or a
// département (GeoJSON, each commune or part with the CPTS covering it).
#pragma once

#include "platform/db/database.h"
#include "platform/http/router.h"
#include "referential/referential.h"

namespace maillage::territory {

void register_export_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential);

}  // namespace maillage::territory
