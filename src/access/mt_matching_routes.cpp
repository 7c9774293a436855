// HTTP routes of the matching (coordination only): ranked suggestions of doctors for one request,
// the batch allocation of every waiting request (a proposal, computed, not saved), and its
// confirmation, which proposes each reviewed assignment in one transaction.
#include <fmt/format.h>

#include <cmath>
#include <map>

#include "access/allocation.h"
#include "access/mt_json.h"
#include "access/mt_matching.h"
#include "access/mt_route_support.h"
#include "access/routes.h"
#include "platform/auth/access_control.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/audit_log.h"
#include "platform/http/json_body.h"
#include "platform/http/params.h"
#include "platform/util/time.h"

namespace maillage::access {
namespace json = boost::json;
using auth::Permission;
using http::Request;
using http::Response;

namespace {

constexpr int kLoadWindowDays = 90;  // recent acceptances, for the fairness of load

std::string days_ago(int days) {
  return format_timestamp_utc(std::chrono::system_clock::now() - std::chrono::hours(24 * days));
}

/// The census sites of the CPTS, their places less those held by proposals not yet answered.
std::vector<CensusSite> available_sites(db::Connection& c, const std::string& cpts_id) {
  auto sites = census_sites(c, cpts_id);
  auto pending = pending_proposals(c, cpts_id);
  for (auto& s : sites) hold_pending(s.census, pending);
  return sites;
}

/// The census sites of the CPTS with their points and recent load; `sites` owns what they point to.
std::vector<MatchSite> match_sites(db::Connection& c, const referential::Referential& ref, const std::string& cpts_id,
                                   const std::vector<CensusSite>& sites) {
  auto load = acceptances_since(c, cpts_id, days_ago(kLoadWindowDays));
  std::vector<MatchSite> out;
  for (const auto& s : sites) {
    MatchSite m{&s, std::nullopt, 0};
    if (const auto* commune = ref.commune(s.commune_code)) m.point = commune->coordinates;
    if (auto it = load.find(site_id(s.census)); it != load.end()) m.recent_acceptances = it->second;
    out.push_back(m);
  }
  return out;
}

json::object doctor_json(const CensusSite& s) {
  return json::object{{"professional_id", s.census.professional_id},
                      {"site_key", s.census.site_key},
                      {"last_name", s.last_name},
                      {"first_name", s.first_name},
                      {"profession", s.profession},
                      {"address", s.address},
                      {"postcode", s.postcode},
                      {"commune_code", s.commune_code},
                      {"commune", s.commune},
                      {"places", s.census.places ? json::value(*s.census.places) : json::value(nullptr)}};
}

double km(double value) { return std::round(value * 10) / 10; }

double max_distance_param(const Request& req) {
  return static_cast<double>(http::integer_param(req, "max_distance_km", 30, 1, 200));
}

Response suggestions(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {"max_distance_km", "limit"});
  double max_km = max_distance_param(req);
  auto limit = static_cast<std::size_t>(http::integer_param(req, "limit", 10, 1, 50));
  auto ref = referential.current();
  json::object out = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::mt_coordinate);
    MtRequest r = visible_request(c, viewer_of(c, req, cpts.id), req);
    audit_read(c, req, r);
    std::string today = cpts_today(*ref, cpts);
    const auto* commune = ref->commune(r.commune_code);
    json::array items;
    auto sites = available_sites(c, cpts.id);
    auto matches = match_sites(c, *ref, cpts.id, sites);
    if (commune && commune->coordinates) {
      for (const auto& s : suggest(r, *commune->coordinates, matches, today, max_km)) {
        if (items.size() == limit) break;
        json::object item = doctor_json(*s.match->site);
        item["distance_km"] = km(s.distance_km);
        item["recent_acceptances"] = s.match->recent_acceptances;
        items.push_back(std::move(item));
      }
    }
    return json::object{{"request_id", r.id}, {"max_distance_km", max_km}, {"items", std::move(items)}};
  });
  return Response::json(out);
}

/// The allocation of every waiting request (qualifiee or refusee) over the census, optimal (see
/// allocation.h); nothing is saved: the coordination reviews it, then confirms.
Response allocation(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {"max_distance_km"});
  double max_km = max_distance_param(req);
  auto ref = referential.current();
  json::object out = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::mt_coordinate);
    auto requests = requests_to_propose(c, cpts.id);
    auto sites = available_sites(c, cpts.id);
    auto matches = match_sites(c, *ref, cpts.id, sites);
    LocalDay today = cpts_local_day(*ref, cpts);
    MtSettings settings = get_settings(c, cpts.id);
    BatchInput batch = batch_input(requests, matches, *ref, today.date, max_km);
    Allocation result = allocate(batch.input);
    std::map<std::string, const CensusSite*> by_site;
    for (const auto& s : sites) by_site[site_id(s.census)] = &s;
    std::map<std::string, const MtRequest*> by_request;
    for (const auto* r : batch.requests) by_request[r->id] = r;
    json::array assignments, unserved;
    for (const auto& a : result.assignments) {
      const MtRequest& r = *by_request.at(a.request_id);
      audit_read(c, req, r);
      assignments.push_back(json::object{{"request", request_json(*ref, r, settings, today)},
                                         {"doctor", doctor_json(*by_site.at(a.doctor_id))},
                                         {"distance_km", km(static_cast<double>(a.distance_m) / 1000)}});
    }
    for (const auto& id : result.unserved) {
      audit_read(c, req, *by_request.at(id));
      unserved.push_back(request_json(*ref, *by_request.at(id), settings, today));
    }
    for (const auto* r : batch.without_point) {
      audit_read(c, req, *r);
      unserved.push_back(request_json(*ref, *r, settings, today));
    }
    return json::object{
        {"max_distance_km", max_km},
        {"assignments", std::move(assignments)},
        {"unserved", std::move(unserved)},
        {"objective", json::object{{"priority_served", result.objective.priority_served},
                                   {"served", result.objective.served},
                                   {"total_distance_km", km(static_cast<double>(result.objective.total_distance_m) / 1000)}}},
        {"doctors", batch.input.doctors.size()},
        {"doctors_without_places", batch.without_places},
    };
  });
  return Response::json(out);
}

/// Proposes each reviewed assignment (`{assignments: [{request_id, professional_id, site_key}]}`),
/// all or nothing: each must be a waiting request, a site whose declaration takes it, and no site
/// may receive more than its places. 409 lists every assignment refused.
Response confirm(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"assignments"});
  const auto* raw = body.raw("assignments");
  struct Item {
    std::string request_id, professional_id, site_key;
  };
  std::vector<Item> items;
  if (!raw || !raw->is_array() || raw->as_array().empty()) {
    body.error("assignments", "required", "a non-empty array of {request_id, professional_id, site_key}");
  } else {
    for (const auto& v : raw->as_array()) {
      const auto* o = v.if_object();
      auto field = [&](std::string_view name) {
        const auto* f = o ? o->if_contains(name) : nullptr;
        return f && f->is_string() ? std::string(f->as_string()) : std::string();
      };
      Item item{field("request_id"), field("professional_id"), field("site_key")};
      if (item.request_id.empty() || item.professional_id.empty() || item.site_key.empty()) {
        body.error("assignments", "format", "each assignment has request_id, professional_id and site_key");
        break;
      }
      items.push_back(std::move(item));
    }
  }
  body.finish();
  std::string now = current_timestamp_utc();
  auto ref = referential.current();
  std::size_t proposed = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::mt_coordinate);
    std::string today = cpts_today(*ref, cpts);
    Viewer viewer = viewer_of(c, req, cpts.id);
    std::vector<http::FieldError> refused;
    std::map<std::string, int> taken = pending_proposals(c, cpts.id);  // per site, with this batch
    for (std::size_t i = 0; i < items.size(); ++i) {
      const Item& item = items[i];
      std::string field = fmt::format("assignments[{}]", i);
      auto r = find_request(c, viewer, item.request_id);
      if (!r) {
        refused.push_back({field, "unknown_request", fmt::format("no request {} in this CPTS", item.request_id)});
        continue;
      }
      if (auto broken = check_transition(r->status, MtStatus::proposee, MtActor::coordination, false, true)) {
        refused.push_back({field, broken->rule, broken->message});
        continue;
      }
      auto census = find_census(c, cpts.id, item.professional_id, item.site_key);
      if (census) hold_pending(*census, taken);
      if (auto broken = check_census_fit(census, *r, today)) {
        refused.push_back({field, broken->rule, broken->message});
        continue;
      }
      ++taken[site_id(*census)];  // the place is held from now on
      MtStatus from = r->status;
      r->status = MtStatus::proposee;
      r->proposed_professional_id = item.professional_id;
      r->proposed_site_key = item.site_key;
      r->status_since = r->updated_at = now;
      update_request_status(c, *r);
      append_event(c, cpts.id, r->id,
                   {now, from, MtStatus::proposee, item.professional_id, item.site_key, "allocation", auth::caller(req).label});
      auth::append_audit(c, auth::audit_entry(req, "mt_request.proposee", "mt_request", r->id, cpts.id));
    }
    if (!refused.empty()) {
      throw http::HttpError(409, "Médecin-traitant rule broken",
                            fmt::format("{} of {} assignments cannot be proposed: nothing was saved", refused.size(),
                                        items.size()),
                            refused);
    }
    return items.size();
  });
  return Response::json(json::object{{"proposed", proposed}});
}

}  // namespace

void register_matching_routes(http::Router& router, db::Database& db,
                              const referential::ReferentialService& referential) {
  using http::Method;
  auto with_ref = [&db, &referential](Response (*h)(db::Database&, const referential::ReferentialService&, Request&)) {
    return [&db, &referential, h](Request& r) { return h(db, referential, r); };
  };
  router.add(Method::get, "/api/cpts/{cpts_id}/mt-requests/{request_id}/suggestions", Permission::mt_coordinate,
             with_ref(suggestions));
  router.add(Method::get, "/api/cpts/{cpts_id}/mt-allocation", Permission::mt_coordinate, with_ref(allocation));
  router.add(Method::post, "/api/cpts/{cpts_id}/mt-allocation/confirm", Permission::mt_coordinate,
             with_ref(confirm));
}

}  // namespace maillage::access
