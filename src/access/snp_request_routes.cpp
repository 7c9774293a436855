// HTTP routes of unscheduled-care requests: entry (by the coordination, a regulator, a pharmacy or a
// member, with the patient's minimal fields and consent), the list and the request with its
// timeline (every read audited), orientation to a slot — booked so that no slot ever gets two
// patients — or elsewhere, the outcome, and cancellation.
#include <fmt/format.h>

#include "access/snp_json.h"
#include "access/snp_route_support.h"
#include "access/snp_routes.h"
#include "platform/auth/access_control.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/audit_log.h"
#include "platform/auth/crypto.h"
#include "platform/http/json_body.h"
#include "platform/http/params.h"
#include "platform/time/local_time.h"
#include "platform/util/time.h"

namespace maillage::access {
namespace json = boost::json;
using auth::Permission;
using http::Request;
using http::Response;

namespace {

constexpr std::size_t kMaxName = 100, kMaxNote = 500;

SnpSource default_source(const auth::Principal& p, const std::string& cpts_id) {
  if (is_coordinator(p, cpts_id)) return SnpSource::coordination;
  if (is_member(p, cpts_id)) return SnpSource::member;
  return SnpSource::partner;
}

Response create(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"last_name", "first_name", "birth_date", "sex", "commune_code", "postcode", "phone",
                            "contact", "consent_on", "source", "referrer_label", "reason_code", "reason_text",
                            "urgency", "profession_code", "mode_wanted"});
  auto ref = referential.current();
  SnpRequest r;
  r.created_at = now_utc_seconds();
  std::string today = cpts_today(*ref, read_request_cpts(db, req, Permission::snp_request_create));
  for (auto& p : check_patient(patient_input(body), *ref, today, r)) {
    body.error(p.field, p.rule, p.message);
  }
  const auto& caller = auth::caller(req);
  std::string cpts_id(req.param("cpts_id"));
  r.source = default_source(caller, cpts_id);
  if (auto source = body.optional_text("source", 20)) {
    if (auto s = snp_source_from_string(*source)) r.source = *s;
    else body.error("source", "one_of", "must be coordination, regulation, pharmacy, member or partner");
  }
  r.referrer_label = body.optional_text("referrer_label", kMaxName).value_or(caller.label);
  r.reason_code = body.text("reason_code", 30);
  const auto& reasons = snp_reason_codes();
  if (!r.reason_code.empty() && std::find(reasons.begin(), reasons.end(), r.reason_code) == reasons.end()) {
    body.error("reason_code", "one_of", "must be one of the coded reasons (fievre, douleur, …, autre)");
  }
  r.reason_text = body.optional_text("reason_text", kMaxNote).value_or("");
  if (r.reason_code == "autre" && r.reason_text.empty()) {
    body.error("reason_text", "required", "say what the reason is when it is « autre »");
  }
  auto urgency = urgency_from_string(body.text("urgency", 10));
  if (!urgency) body.error("urgency", "one_of", "must be same_day, h24 or h48");
  r.profession_code = body.optional_text("profession_code", 10).value_or("10");
  r.mode_wanted = body.optional_text("mode_wanted", 10).value_or("any");
  if (r.mode_wanted != "any" && !slot_mode_from_string(r.mode_wanted)) {
    body.error("mode_wanted", "one_of", "must be any, in_person or remote");
  }
  body.finish();
  r.urgency = *urgency;
  r.referrer_user_id = caller.kind == auth::Principal::Kind::user ? caller.id : std::string();
  r.id = auth::random_id();
  r.cpts_id = cpts_id;
  r.status = SnpStatus::nouvelle;
  r.updated_at = r.status_since = r.created_at;
  json::object out = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::snp_request_create);
    r.due_at = due_at(r.created_at, r.urgency, cpts_time_zone(*ref, cpts));
    insert_snp_request(c, r);
    append_snp_event(c, cpts.id, r.id, {r.created_at, std::nullopt, SnpStatus::nouvelle, {}, caller.label});
    auth::append_audit(c, auth::audit_entry(req, "snp_request.create", "snp_request", r.id, cpts.id));
    return snp_request_detail(c, *ref, cpts, viewer_of(c, req, cpts.id), r, true);
  });
  return Response::json(out, 201);
}

Response list(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {"status", "limit", "cursor"});
  auto limit = static_cast<std::size_t>(http::integer_param(req, "limit", 50, 1, 100));
  std::size_t offset = http::cursor_param(req);
  std::optional<SnpStatus> status;
  if (std::string text = http::text_param(req, "status", 20); !text.empty()) {
    status = snp_status_from_string(text);
    if (!status) throw http::invalid_field("status", "one_of", "must be nouvelle, orientee, cloturee or annulee");
  }
  auto ref = referential.current();
  json::object out = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::snp_request_view);
    Viewer viewer = viewer_of(c, req, cpts.id);
    auto page = list_snp_requests(c, viewer, status, offset, limit);
    json::array items;
    for (const auto& r : page.items) {
      audit_patient_read(c, req, "snp_request", r.id, r.cpts_id);
      items.push_back(snp_request_detail(c, *ref, cpts, viewer, r, false));
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
    auto cpts = request_cpts(c, req, Permission::snp_request_view);
    Viewer viewer = viewer_of(c, req, cpts.id);
    SnpRequest r = visible_snp_request(c, viewer, req);
    audit_patient_read(c, req, "snp_request", r.id, r.cpts_id);
    return snp_request_detail(c, *ref, cpts, viewer, r, true);
  });
  return Response::json(out);
}

/// Runs `change` on the request of the path, as `action`, then saves it with a timeline entry
/// (`detail` in words) and an audit entry — one transaction.
template <typename Change>
json::object act(db::Database& db, const referential::Referential& ref, Request& req, SnpAction action,
                 Change change) {
  return db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::snp_request_act);
    Viewer viewer = viewer_of(c, req, cpts.id);
    SnpRequest r = visible_snp_request(c, viewer, req);
    check_may(viewer, r, action);
    SnpStatus from = r.status;
    std::string now = now_utc_seconds();
    std::string detail = change(c, cpts, r, now);
    r.status_since = r.updated_at = now;
    update_snp_request(c, r);
    append_snp_event(c, cpts.id, r.id, {now, from, r.status, detail, auth::caller(req).label});
    auth::append_audit(c, auth::audit_entry(req, fmt::format("snp_request.{}", to_string(action)), "snp_request",
                                            r.id, cpts.id));
    return snp_request_detail(c, ref, cpts, viewer, r, true);
  });
}

Response orient(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"orientation", "slot_id", "note"});
  auto orientation = orientation_from_string(body.text("orientation", 20));
  if (!orientation) body.error("orientation", "one_of", "must be slot, urgences, teleconsultation, pharmacien or autre");
  std::optional<std::int64_t> slot_id;
  if (auto text = body.optional_text("slot_id", 18)) {
    if (text->find_first_not_of("0123456789") != std::string::npos) body.error("slot_id", "format", "a slot id");
    else slot_id = std::stoll(*text);
  }
  if (orientation == Orientation::slot && !slot_id) body.error("slot_id", "required", "the slot to book");
  if (orientation && orientation != Orientation::slot && slot_id) {
    body.error("slot_id", "not_allowed", "a slot is booked only with the orientation « slot »");
  }
  std::string note = body.optional_text("note", kMaxNote).value_or("");
  body.finish();
  auto ref = referential.current();
  auto out = act(db, *ref, req, SnpAction::orient, [&](db::Connection& c, const territory::Cpts& cpts, SnpRequest& r,
                                                       const std::string& now) {
    // Re-orienting gives back the slot held so far (in this same transaction).
    release_slot(c, r.id);
    r.slot_id.reset();
    r.slot_professional_id.clear();
    r.slot_starts_at.clear();
    std::string detail = std::string(to_string(*orientation));
    if (slot_id) {
      auto slot = find_slot(c, cpts.id, *slot_id);
      if (!slot) throw http::invalid_field("slot_id", "unknown_slot", "no slot of this CPTS has this id");
      if (slot->starts_at <= now) throw snp_rule_broken("slot_id", {"slot_past", "this slot has already begun"});
      if (!book_slot(c, cpts.id, *slot_id, r.id, now)) {
        throw snp_rule_broken("slot_id", {"slot_taken", "this slot has just been booked for another patient: "
                                                        "choose another one"});
      }
      r.slot_id = slot->id;
      r.slot_professional_id = slot->professional_id;
      r.slot_starts_at = slot->starts_at;
      detail = fmt::format("slot {} at {}", slot->id, slot->starts_at);
    }
    r.orientation = orientation;
    r.oriented_at = now;
    r.status = SnpStatus::orientee;
    return note.empty() ? detail : fmt::format("{} — {}", detail, note);
  });
  return Response::json(out);
}

Response outcome(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"outcome", "note"});
  auto result = outcome_from_string(body.text("outcome", 20));
  if (!result) body.error("outcome", "one_of", "must be seen, not_seen or redirected");
  std::string note = body.optional_text("note", kMaxNote).value_or("");
  body.finish();
  auto ref = referential.current();
  auto out = act(db, *ref, req, SnpAction::outcome,
                 [&](db::Connection&, const territory::Cpts&, SnpRequest& r, const std::string& now) {
                   r.outcome = result;
                   r.outcome_at = now;
                   r.status = SnpStatus::cloturee;
                   std::string detail(to_string(*result));
                   return note.empty() ? detail : fmt::format("{} — {}", detail, note);
                 });
  return Response::json(out);
}

Response cancel(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"reason"});
  std::string reason = body.optional_text("reason", kMaxNote).value_or("");
  body.finish();
  auto ref = referential.current();
  auto out = act(db, *ref, req, SnpAction::cancel,
                 [&](db::Connection& c, const territory::Cpts&, SnpRequest& r, const std::string&) {
                   release_slot(c, r.id);
                   r.slot_id.reset();
                   r.slot_professional_id.clear();
                   r.slot_starts_at.clear();
                   r.status = SnpStatus::annulee;
                   return reason;
                 });
  return Response::json(out);
}

}  // namespace

void register_snp_request_routes(http::Router& router, db::Database& db,
                                 const referential::ReferentialService& referential) {
  using http::Method;
  auto with_ref = [&db, &referential](Response (*h)(db::Database&, const referential::ReferentialService&, Request&)) {
    return [&db, &referential, h](Request& r) { return h(db, referential, r); };
  };
  router.add(Method::post, "/api/cpts/{cpts_id}/snp/requests", Permission::snp_request_create, with_ref(create));
  router.add(Method::get, "/api/cpts/{cpts_id}/snp/requests", Permission::snp_request_view, with_ref(list));
  router.add(Method::get, "/api/cpts/{cpts_id}/snp/requests/{request_id}", Permission::snp_request_view, with_ref(read));
  router.add(Method::post, "/api/cpts/{cpts_id}/snp/requests/{request_id}/orientation", Permission::snp_request_act,
             with_ref(orient));
  router.add(Method::post, "/api/cpts/{cpts_id}/snp/requests/{request_id}/outcome", Permission::snp_request_act,
             with_ref(outcome));
  router.add(Method::post, "/api/cpts/{cpts_id}/snp/requests/{request_id}/cancel", Permission::snp_request_act,
             with_ref(cancel));
}

void register_snp_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential) {
  register_snp_resource_routes(router, db, referential);
  register_snp_slot_routes(router, db, referential);
  register_snp_slot_import_routes(router, db, referential);
  register_snp_request_routes(router, db, referential);
  register_snp_indicator_routes(router, db, referential);
  register_own_professional_route(router, db);
}

}  // namespace maillage::access
