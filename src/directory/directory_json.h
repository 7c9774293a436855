// The JSON shape of directory entries in API answers. Member-only fields (a site's direct phone
// line) are written only when the caller may see them.
#pragma once

#include <boost/json.hpp>
#include <string>

#include "directory/directory_search.h"
#include "directory/member_view.h"

namespace maillage::directory {


boost::json::object professional_json(const ProfessionalHit& hit, const MemberView& view);
boost::json::object structure_json(const StructureHit& hit);

/// The accepts-new-patients value: true/false, a number of patients, or null when unknown.
boost::json::value accepts_json(const std::string& stored);

}  // namespace maillage::directory
