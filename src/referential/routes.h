// HTTP API of the referential: communes (search and detail), départements, régions, EPCI and
// postcodes. All answers come from the in-memory snapshot.
#pragma once

#include "platform/http/router.h"
#include "referential/referential.h"

namespace maillage::referential {

void register_routes(http::Router& router, const ReferentialService& service);

}  // namespace maillage::referential
