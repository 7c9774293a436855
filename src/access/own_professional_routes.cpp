// GET /api/session/professional: which directory professional the signed-in account is (the link
// an administrator made), with the sites where it practises, so that a member publishes slots for
// themselves without searching the directory.
#include <boost/json.hpp>

#include "access/patient_privacy.h"
#include "access/snp_routes.h"
#include "access/snp_store.h"
#include "platform/auth/access_control.h"
#include "platform/auth/principal.h"
#include "platform/http/params.h"

namespace maillage::access {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

/// The linked professional of the caller, `null` when none (API tokens are no professional).
json::value own_professional(db::Connection& c, const auth::Principal& caller) {
  if (caller.kind != auth::Principal::Kind::user) return nullptr;
  auto id = professional_of_user(c, caller.id);
  if (!id) return nullptr;
  auto labels = professional_labels(c, {*id});
  auto label = labels.find(*id);
  if (label == labels.end()) return nullptr;  // left the directory since the link
  json::array sites;
  for (const auto& s : sites_of_professional(c, *id)) {
    sites.push_back(json::object{{"site_key", s.site_key}, {"label", s.label},       {"address", s.address},
                                 {"postcode", s.postcode}, {"commune_code", s.commune_code}, {"commune", s.commune}});
  }
  return json::object{{"id", *id}, {"name", label->second.name}, {"profession", label->second.profession},
                      {"sites", std::move(sites)}};
}

Response get_own_professional(db::Database& db, Request& req) {
  http::allow_only(req, {});
  db::Lease lease = db.read();
  return Response::json(json::object{{"professional", own_professional(*lease, auth::caller(req))}});
}

}  // namespace

void register_own_professional_route(http::Router& router, db::Database& db) {
  router.add(http::Method::get, "/api/session/professional", auth::Permission::signed_in,
             [&db](Request& r) { return get_own_professional(db, r); });
}

}  // namespace maillage::access
