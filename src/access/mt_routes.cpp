// HTTP routes of the médecin-traitant procedure: requests (register, list, read with the
// timeline, transitions), the census of doctors' capacity, and the link between a user account
// and the directory professional it is. Every read of requests is audited (patient data).
#include "access/routes.h"

#include <fmt/format.h>

#include "access/mt_json.h"
#include "access/mt_matching.h"
#include "access/mt_route_support.h"
#include "access/mt_rules.h"
#include "access/mt_store.h"
#include "access/patient_fields.h"
#include "platform/auth/access_control.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/audit_log.h"
#include "platform/auth/crypto.h"
#include "platform/auth/principal.h"
#include "platform/http/json_body.h"
#include "platform/http/params.h"
#include "platform/http/problem.h"
#include "platform/util/time.h"
#include "territory/cpts_store.h"

namespace maillage::access {
namespace json = boost::json;
using auth::Permission;
using http::Request;
using http::Response;

namespace {

constexpr std::size_t kMaxName = 100, kMaxReason = 500;

json::object detail(db::Connection& c, const referential::Referential& ref, const Viewer& viewer, const MtRequest& r,
                    const LocalDay& today) {
  json::object out = request_json(ref, r, get_settings(c, r.cpts_id), today);
  out["actions"] = actions_for(viewer, r);
  json::array timeline;
  for (const auto& e : list_events(c, r.id)) timeline.push_back(event_json(e));
  out["timeline"] = std::move(timeline);
  return out;
}

MtSource default_source(const auth::Principal& p, const std::string& cpts_id) {
  if (is_coordinator(p, cpts_id)) return MtSource::coordination;
  for (const auto& r : p.roles) {
    if (r.cpts_id == cpts_id && r.role == auth::Role::member) return MtSource::member;
  }
  return MtSource::partner;
}

Response create(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"last_name", "first_name", "birth_date", "sex", "commune_code", "postcode", "phone",
                            "contact", "ald", "precarity", "pregnancy", "leaving_hospital", "disability", "source",
                            "referrer_label", "consent_on"});
  auto ref = referential.current();
  LocalDay today = cpts_local_day(*ref, read_request_cpts(db, req, Permission::mt_request_create));
  PatientInput in = patient_input(body);
  MtRequest r;
  for (auto& p : check_patient(in, *ref, today.date, r)) body.error(p.field, p.rule, p.message);
  const auto& caller = auth::caller(req);
  std::string cpts_id = req.param("cpts_id");
  r.source = default_source(caller, cpts_id);
  if (auto source = body.optional_text("source", 20)) {
    if (auto s = mt_source_from_string(*source)) r.source = *s;
    else body.error("source", "one_of", "must be coordination, member, partner, pharmacy, hospital, social_service or cpam");
  }
  r.referrer_label = body.optional_text("referrer_label", kMaxName).value_or(caller.label);
  body.finish();
  r.referrer_user_id = caller.kind == auth::Principal::Kind::user ? caller.id : std::string();
  r.id = auth::random_id();
  r.cpts_id = cpts_id;
  r.status = MtStatus::nouvelle;
  r.created_at = r.updated_at = r.status_since = current_timestamp_utc();
  json::object out = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::mt_request_create);
    auto same = open_requests_of_person(c, cpts.id, r);
    if (!same.empty()) {
      std::string why = "this person is already waiting in this CPTS: the coordination follows their request";
      http::HttpError error(409, "Médecin-traitant rule broken", why, {{"last_name", "duplicate_person", why}});
      // The existing request is named only to those who may see it.
      if (find_request(c, viewer_of(c, req, cpts.id), same.front())) error.extensions()["request_id"] = same.front();
      throw error;
    }
    insert_request(c, r);
    append_event(c, cpts.id, r.id, {r.created_at, std::nullopt, MtStatus::nouvelle, {}, {}, {}, caller.label});
    auth::append_audit(c, auth::audit_entry(req, "mt_request.create", "mt_request", r.id, cpts.id));
    return detail(c, *ref, viewer_of(c, req, cpts.id), r, today);
  });
  return Response::json(out, 201);
}

Response list(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {"status", "overdue", "limit", "cursor"});
  auto limit = static_cast<std::size_t>(http::integer_param(req, "limit", 50, 1, 100));
  std::size_t offset = http::cursor_param(req);
  RequestFilter filter;
  std::string statuses = http::text_param(req, "status", 200);
  for (std::size_t start = 0; !statuses.empty() && start <= statuses.size();) {
    std::size_t comma = std::min(statuses.find(',', start), statuses.size());
    auto status = mt_status_from_string(std::string_view(statuses).substr(start, comma - start));
    if (!status) throw http::invalid_field("status", "one_of", "each status must be one of the workflow's (nouvelle, …)");
    filter.statuses.push_back(*status);
    start = comma + 1;
  }
  std::string overdue = http::text_param(req, "overdue", 5);
  if (!overdue.empty() && overdue != "true") throw http::invalid_field("overdue", "one_of", "must be true (or absent)");
  auto ref = referential.current();
  json::object out = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::mt_request_view);
    LocalDay today = cpts_local_day(*ref, cpts);
    MtSettings settings = get_settings(c, cpts.id);
    filter.today = today;
    if (!overdue.empty()) filter.overdue_by = &settings;
    Viewer viewer = viewer_of(c, req, cpts.id);
    auto page = list_requests(c, viewer, filter, offset, limit);
    json::array items;
    for (const auto& r : page.items) {
      audit_read(c, req, r);
      json::object item = request_json(*ref, r, settings, today);
      item["actions"] = actions_for(viewer, r);
      items.push_back(std::move(item));
    }
    bool more = offset + page.items.size() < page.total;
    return json::object{{"items", std::move(items)},
                        {"total", page.total},
                        {"next_cursor", more ? json::value(http::make_cursor(offset + limit)) : json::value(nullptr)}};
  });
  return Response::json(out);
}

Response read(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {});
  auto ref = referential.current();
  json::object out = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::mt_request_view);
    Viewer viewer = viewer_of(c, req, cpts.id);
    MtRequest r = visible_request(c, viewer, req);
    audit_read(c, req, r);
    return detail(c, *ref, viewer, r, cpts_local_day(*ref, cpts));
  });
  return Response::json(out);
}

/// One transition: by the coordination, or by the doctor the request is proposed to (accept,
/// refuse with a reason, declare). A proposal checks the doctor's declaration in the census; an
/// acceptance takes one of its places.
Response transition(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"to", "professional_id", "site_key", "reason"});
  std::string to_text = body.text("to", 20);
  auto professional_id = body.optional_text("professional_id", 20).value_or("");
  auto site_key = body.optional_text("site_key", 100).value_or("");
  auto reason = body.optional_text("reason", kMaxReason).value_or("");
  auto to = mt_status_from_string(to_text);
  if (!to_text.empty() && !to) body.error("to", "one_of", "must be a status of the workflow (qualifiee, proposee, …)");
  body.finish();
  std::string now = current_timestamp_utc();
  auto ref = referential.current();
  json::object out = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::mt_request_act);
    LocalDay today = cpts_local_day(*ref, cpts);
    Viewer viewer = viewer_of(c, req, cpts.id);
    MtRequest r = visible_request(c, viewer, req);
    MtActor actor = MtActor::coordination;
    if (!viewer.coordination) {
      if (viewer.professional_id.empty() || viewer.professional_id != r.proposed_professional_id) {
        throw http::HttpError(403, "Forbidden", "only the coordination, or the doctor the request is proposed to, moves it");
      }
      actor = MtActor::doctor;
    }
    bool has_doctor = !professional_id.empty() && !site_key.empty();
    if (auto broken = check_transition(r.status, *to, actor, !reason.empty(), has_doctor)) throw rule_broken("to", *broken);
    MtEvent event{now, r.status, *to, {}, {}, reason, auth::caller(req).label};
    if (*to == MtStatus::proposee) {
      if (!site_exists(c, professional_id, site_key)) {
        throw http::invalid_field("site_key", "unknown_code",
                                  fmt::format("the directory has no site {} for professional {}", site_key, professional_id));
      }
      auto census = find_census(c, cpts.id, professional_id, site_key);
      if (census) hold_pending(*census, pending_proposals(c, cpts.id));
      if (auto broken = check_census_fit(census, r, today.date)) {
        throw rule_broken("professional_id", *broken);
      }
      r.proposed_professional_id = professional_id;
      r.proposed_site_key = site_key;
    }
    event.professional_id = r.proposed_professional_id;
    event.site_key = r.proposed_site_key;
    if (*to == MtStatus::acceptee) {  // capacity is consumed on acceptance
      if (auto census = find_census(c, cpts.id, r.proposed_professional_id, r.proposed_site_key);
          census && census->places) {
        if (*census->places <= 0) throw rule_broken("to", {"census_full", "this site has no place left"});
        census->places = *census->places - 1;
        put_census(c, *census);
      }
    }
    if (*to == MtStatus::refusee) r.proposed_professional_id = r.proposed_site_key = "";
    r.status = *to;
    r.status_since = r.updated_at = now;
    update_request_status(c, r);
    append_event(c, cpts.id, r.id, event);
    auth::append_audit(c, auth::audit_entry(req, fmt::format("mt_request.{}", to_string(*to)), "mt_request", r.id, cpts.id));
    // The refusing doctor no longer sees the request: answer with what they may see.
    auto visible = find_request(c, viewer, r.id);
    return visible ? detail(c, *ref, viewer, *visible, today) : json::object{{"id", r.id}, {"status", to_string(r.status)}};
  });
  return Response::json(out);
}

Response list_census_route(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {});
  db::Lease lease = db.read();
  auto cpts = request_cpts(*lease, req, Permission::mt_census_view);
  std::string today = cpts_today(*referential.current(), cpts);
  Viewer viewer = viewer_of(*lease, req, cpts.id);
  std::optional<std::string> only;  // a doctor reads their own sites' declarations
  if (!viewer.coordination) only = viewer.professional_id;
  json::array items;
  for (const auto& s : census_sites(*lease, cpts.id, only)) {
    json::object item = census_json(s.census, today);
    for (auto [field, value] : {std::pair{"last_name", &s.last_name}, {"first_name", &s.first_name},
                                {"profession", &s.profession}, {"address", &s.address}, {"postcode", &s.postcode},
                                {"commune_code", &s.commune_code}, {"commune", &s.commune}}) {
      item[field] = *value;
    }
    items.push_back(std::move(item));
  }
  return Response::json(json::object{{"items", std::move(items)}});
}

/// A declaration for one practice site: by the coordination (a declaration made by phone, by
/// mail, at a meeting) or by the doctor for their own sites.
Response put_census_route(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"accepts", "places", "priority_only", "age_min", "age_max", "communes", "valid_until",
                            "channel"});
  CensusEntry e;
  auto accepts = body.optional_bool("accepts");
  if (!accepts) body.error("accepts", "required", "accepts is required (true or false)");
  e.accepts = accepts.value_or(false);
  if (auto places = body.integer("places", 0, 10'000, false)) e.places = static_cast<int>(*places);
  e.priority_only = body.optional_bool("priority_only").value_or(false);
  if (auto v = body.integer("age_min", 0, 120, false)) e.age_min = static_cast<int>(*v);
  if (auto v = body.integer("age_max", 0, 120, false)) e.age_max = static_cast<int>(*v);
  if (e.age_min && e.age_max && *e.age_min > *e.age_max) body.error("age_max", "range", "age_max is below age_min");
  if (const auto* communes = body.raw("communes")) {
    if (!communes->is_array()) body.error("communes", "type", "must be an array of INSEE codes");
    else {
      for (const auto& code : communes->as_array()) {
        if (code.is_string() && code.as_string().size() == 5) e.communes.emplace_back(code.as_string());
        else body.error("communes", "format", "each commune is an INSEE code (5 characters)");
      }
    }
  }
  // The date the coordinator or the doctor typed is a date where the CPTS is (in Guadeloupe, the
  // evening is already tomorrow in UTC).
  std::string today = cpts_today(*referential.current(), read_request_cpts(db, req, Permission::mt_census_edit));
  e.valid_until = body.text("valid_until", 10);
  if (!e.valid_until.empty() && !is_iso_date(e.valid_until)) body.error("valid_until", "format", "must be a date");
  else if (!e.valid_until.empty() && e.valid_until < today) body.error("valid_until", "date_past", "must be today or later");
  e.channel = body.optional_text("channel", 10).value_or("self");
  if (e.channel != "self" && e.channel != "phone" && e.channel != "mail" && e.channel != "meeting") {
    body.error("channel", "one_of", "must be self, phone, mail or meeting");
  }
  body.finish();
  e.professional_id = req.param("professional_id");
  e.site_key = req.param("site_key");
  e.declared_at = current_timestamp_utc();
  e.declared_by = auth::caller(req).label;
  json::object out = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::mt_census_edit);
    Viewer viewer = viewer_of(c, req, cpts.id);
    if (!viewer.coordination && viewer.professional_id != e.professional_id) {
      throw http::HttpError(403, "Forbidden", "a doctor declares for their own practice sites only");
    }
    if (!site_exists(c, e.professional_id, e.site_key)) throw http::not_found("no resource at " + req.path());
    e.cpts_id = cpts.id;
    put_census(c, e);
    auth::append_audit(c, auth::audit_entry(req, "mt_census.declare", "practice_site",
                                            fmt::format("{}/{}", e.professional_id, e.site_key), cpts.id));
    return census_json(e, today);
  });
  return Response::json(out);
}

Response get_settings_route(db::Database& db, Request& req) {
  http::allow_only(req, {});
  db::Lease lease = db.read();
  auto cpts = request_cpts(*lease, req, Permission::mt_coordinate);
  return Response::json(settings_json(get_settings(*lease, cpts.id)));
}

/// The delays of the steps (`{"delays": {"nouvelle": 7, …}}`: the statuses given replace the
/// current delays; null removes one) and the retention (`retention_days`).
Response put_settings_route(db::Database& db, Request& req) {
  http::JsonBody body(req, {"delays", "retention_days"});
  auto retention = body.integer("retention_days", 0, 3650, false);
  const auto* delays = body.raw("delays");
  if (delays && !delays->is_object()) body.error("delays", "type", "must be an object: status → days");
  body.finish();
  MtSettings settings = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::mt_coordinate);
    MtSettings s = get_settings(c, cpts.id);
    if (retention) s.retention_days = static_cast<int>(*retention);
    if (delays) {
      for (const auto& [key, days] : delays->as_object()) {
        auto status = mt_status_from_string(key);
        if (!status) throw http::invalid_field("delays", "one_of", fmt::format("{} is not a status of the workflow", std::string(key)));
        if (days.is_null()) s.delay_days.erase(*status);
        else if (days.is_int64()) s.delay_days[*status] = static_cast<int>(days.as_int64());
        else throw http::invalid_field("delays", "type", fmt::format("the delay of {} must be a number of days", std::string(key)));
      }
    }
    if (auto broken = check_settings(s)) throw http::invalid_field("delays", broken->rule, broken->message);
    put_settings(c, cpts.id, s, current_timestamp_utc(), auth::caller(req).label);
    auth::append_audit(c, auth::audit_entry(req, "mt_settings.update", "cpts", cpts.id, cpts.id));
    return s;
  });
  return Response::json(settings_json(settings));
}

/// Which directory professional a user account is (an administrator's link): `null` unlinks.
Response put_user_professional(db::Database& db, Request& req) {
  http::JsonBody body(req, {"professional_id"});
  auto professional_id = body.optional_text("professional_id", 20).value_or("");
  body.finish();
  db::with_transaction(db, [&](db::Connection& c) {
    const std::string& user_id = req.param("user_id");
    if (!c.query("SELECT 1 FROM users WHERE id = ?", user_id).step()) throw http::not_found("no resource at " + req.path());
    if (!professional_id.empty() &&
        !c.query("SELECT 1 FROM professionals WHERE national_id = ?", professional_id).step()) {
      throw http::invalid_field("professional_id", "unknown_code",
                                fmt::format("the directory has no professional with national id {}", professional_id));
    }
    link_user_professional(c, user_id, professional_id);
    auth::append_audit(c, auth::audit_entry(req, "user.professional", "user", user_id));
  });
  return Response::json(json::object{{"user_id", req.param("user_id")},
                                     {"professional_id", professional_id.empty() ? json::value(nullptr) : json::value(professional_id)}});
}

}  // namespace

void register_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential) {
  using http::Method;
  auto with_ref = [&db, &referential](Response (*h)(db::Database&, const referential::ReferentialService&, Request&)) {
    return [&db, &referential, h](Request& r) { return h(db, referential, r); };
  };
  auto bind = [&db](Response (*h)(db::Database&, Request&)) { return [&db, h](Request& r) { return h(db, r); }; };
  router.add(Method::post, "/api/cpts/{cpts_id}/mt-requests", Permission::mt_request_create, with_ref(create));
  router.add(Method::get, "/api/cpts/{cpts_id}/mt-requests", Permission::mt_request_view, with_ref(list));
  router.add(Method::get, "/api/cpts/{cpts_id}/mt-requests/{request_id}", Permission::mt_request_view, with_ref(read));
  router.add(Method::post, "/api/cpts/{cpts_id}/mt-requests/{request_id}/transitions", Permission::mt_request_act,
             with_ref(transition));
  router.add(Method::get, "/api/cpts/{cpts_id}/mt-census", Permission::mt_census_view, with_ref(list_census_route));
  router.add(Method::put, "/api/cpts/{cpts_id}/mt-census/{professional_id}/{site_key}", Permission::mt_census_edit,
             with_ref(put_census_route));
  router.add(Method::get, "/api/cpts/{cpts_id}/mt-settings", Permission::mt_coordinate, bind(get_settings_route));
  router.add(Method::put, "/api/cpts/{cpts_id}/mt-settings", Permission::mt_coordinate, bind(put_settings_route));
  router.add(Method::put, "/api/users/{user_id}/professional", Permission::platform_admin, bind(put_user_professional));
  register_matching_routes(router, db, referential);
  register_indicator_routes(router, db, referential);
  register_list_routes(router, db, referential);
}

}  // namespace maillage::access
