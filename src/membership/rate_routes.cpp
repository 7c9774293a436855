#include <fmt/format.h>

#include "directory/places.h"
#include "membership/membership_json.h"
#include "membership/rate_store.h"
#include "membership/route_support.h"
#include "membership/routes.h"
#include "platform/http/params.h"
#include "territory/territory_store.h"

namespace maillage::membership {
using auth::Permission;
using http::Request;
using http::Response;

namespace {

Response rate(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {});
  auto ref = referential.current();
  db::Lease lease = db.read();
  auto cpts = request_cpts(*lease, req, Permission::membership_rate_view);
  std::vector<territory::ElementKey> elements;
  for (const auto& e : territory::territory_at(*lease, cpts.id, "")) elements.push_back(e.key);
  directory::Places places = directory::places_of_territory(*ref, elements);
  RateReport report = compute_rate(places, sites_in_communes(*lease, places.commune_codes()),
                                   active_member_sites(*lease, cpts.id), active_structure_sites(*lease, cpts.id));
  boost::json::object out = rate_json(report);
  out["cpts"] = {{"id", cpts.id}, {"name", cpts.name}};
  out["elements"] = elements.size();
  return Response::json(out);
}

}  // namespace

void register_rate_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential) {
  router.add(http::Method::get, "/api/cpts/{cpts_id}/membership-rate", Permission::membership_rate_view,
             [&db, &referential](Request& r) { return rate(db, referential, r); });
}

}  // namespace maillage::membership
