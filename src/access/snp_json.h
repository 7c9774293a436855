// Unscheduled-care resources, slots and requests as JSON (see docs/api.md, "Soins non programmés").
#pragma once

#include <boost/json.hpp>

#include <map>
#include <optional>
#include <string>

#include "access/snp_model.h"
#include "access/snp_store.h"
#include "referential/referential.h"

namespace maillage::access {

boost::json::object resource_json(const referential::Referential& ref, const SnpResource& r,
                                  const std::map<std::string, ProfessionalLabel>& labels);

/// A slot; `request_id` is shown only when `show_request` (the caller may see that request).
boost::json::object slot_json(const SnpSlot& s, bool show_request);

/// A booked slot as a request shows it.
struct BookedSlot {
  SnpSlot slot;
  std::optional<SlotSite> site;
};

boost::json::object snp_request_json(const referential::Referential& ref, const SnpRequest& r,
                                     const std::optional<BookedSlot>& booked, const std::string& now);

boost::json::object snp_event_json(const SnpEvent& e);

/// "Dr Prénom NOM" for a doctor (profession code 10), "Prénom NOM" otherwise.
std::string professional_name(const std::string& profession_code, const std::string& first_name,
                              const std::string& last_name);

}  // namespace maillage::access
