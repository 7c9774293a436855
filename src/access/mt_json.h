// JSON of médecin-traitant requests, their timelines and the census.
#pragma once

#include <boost/json.hpp>

#include "access/mt_model.h"
#include "platform/time/local_time.h"
#include "referential/referential.h"

namespace maillage::access {

/// A request as its viewers see it: the patient (null fields once purged), priority groups,
/// source and referrer, consent, the current proposal.
/// `due_on` and `overdue` follow the CPTS's delays on `today` (where the CPTS is).
boost::json::object request_json(const referential::Referential& ref, const MtRequest& r, const MtSettings& settings,
                                 const LocalDay& today);

/// The settings: `delays` (status → days) and `retention_days`.
boost::json::object settings_json(const MtSettings& settings);

/// One transition of the timeline.
boost::json::object event_json(const MtEvent& e);

/// One census declaration, with whether it is still valid on `today`.
boost::json::object census_json(const CensusEntry& e, const std::string& today);

}  // namespace maillage::access
