#include <fmt/format.h>

#include <charconv>

#include "membership/college_store.h"
#include "membership/listing.h"
#include "membership/membership_json.h"
#include "membership/membership_store.h"
#include "membership/route_support.h"
#include "membership/routes.h"
#include "membership/rules.h"
#include "platform/auth/access_control.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/audit_log.h"
#include "platform/auth/crypto.h"
#include "platform/http/json_body.h"
#include "platform/http/params.h"
#include "platform/util/time.h"
#include "territory/cpts_clock.h"

namespace maillage::membership {
namespace json = boost::json;
using auth::Permission;
using http::Request;
using http::Response;

namespace {

constexpr std::int64_t kMaxFeeCents = 10'000'000;  // 100,000 €
constexpr std::size_t kMaxNote = 1000;

http::HttpError rule_broken(const std::string& field, const Broken& broken) {
  return http::HttpError(409, "Membership rule broken", broken.message, {{field, broken.rule, broken.message}});
}

Membership existing_membership(db::Connection& c, const territory::Cpts& cpts, const Request& req) {
  auto m = find_membership(c, cpts.id, req.param("membership_id"));
  if (!m) throw http::not_found("no resource at " + req.path());
  return *m;
}

// A college id from a body: must be one of this CPTS's colleges (recorded as a body error else).
void check_college(http::JsonBody& body, db::Connection& c, const std::string& cpts_id, const std::string& id) {
  if (!id.empty() && !find_college(c, cpts_id, id)) {
    body.error("college_id", "unknown_code", fmt::format("this CPTS has no college with id {}", id));
  }
}

// The answer after a change, or to GET: the membership with its events (and fees), its fee
// status that of `year`.
json::object detail(db::Connection& c, const referential::Referential& ref, const Request& req,
                    const std::string& cpts_id, const std::string& id, std::int64_t year) {
  auto rows = member_rows(c, cpts_id, year, id);
  if (rows.empty()) throw http::not_found("no resource at " + req.path());
  bool fees = sees_fees(req);
  return detail_json(ref, rows.front(), list_events(c, id), fees ? list_fees(c, id) : std::vector<Fee>{}, fees);
}

std::optional<bool> boolean_param(const Request& req, std::string_view name) {
  std::string value = http::text_param(req, name, 5);
  if (value.empty()) return std::nullopt;
  if (value == "true") return true;
  if (value == "false") return false;
  throw http::invalid_field(std::string(name), "boolean", "must be true or false");
}

ListFilter read_filter(const Request& req, db::Connection& c, const std::string& cpts_id) {
  ListFilter f;
  if (std::string status = http::text_param(req, "status", 20); !status.empty()) {
    f.status = status_from_string(status);
    if (!f.status) throw http::invalid_field("status", "one_of", "must be demande, active, suspendue or radiee");
  }
  f.college_id = http::text_param(req, "college", 64);
  if (!f.college_id.empty() && f.college_id != "none" && !find_college(c, cpts_id, f.college_id)) {
    throw http::invalid_field("college", "unknown_code", "this CPTS has no college with this id");
  }
  f.profession_code = http::text_param(req, "profession", 20);
  f.unpaid = boolean_param(req, "unpaid");
  if (f.unpaid && !sees_fees(req)) {
    throw http::HttpError(403, "Forbidden", "fees are visible only to the CPTS's coordinator");
  }
  f.query = http::text_param(req, "q", 200);
  return f;
}

Response list(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {"status", "college", "profession", "unpaid", "q", "limit", "cursor"});
  auto limit = static_cast<std::size_t>(http::integer_param(req, "limit", 50, 1, 100));
  std::size_t offset = http::cursor_param(req);
  auto ref = referential.current();
  db::Lease lease = db.read();
  auto cpts = request_cpts(*lease, req, Permission::membership_view);
  ListFilter filter = read_filter(req, *lease, cpts.id);
  std::int64_t year = year_of(territory::cpts_today(*ref, cpts));
  auto rows = member_rows(*lease, cpts.id, year);
  auto selected = select_rows(rows, filter);
  bool fees = sees_fees(req);
  json::array items;
  for (std::size_t i = offset; i < selected.size() && i < offset + limit; ++i) {
    items.push_back(row_json(*ref, *selected[i], fees));
  }
  bool more = offset + limit < selected.size();
  return Response::json(json::object{
      {"items", std::move(items)},
      {"total", selected.size()},
      {"next_cursor", more ? json::value(http::make_cursor(offset + limit)) : json::value(nullptr)},
      {"summary", summary_json(summarize(rows), year, fees)}});
}

Response read(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {});
  auto ref = referential.current();
  db::Lease lease = db.read();
  auto cpts = request_cpts(*lease, req, Permission::membership_view);
  return Response::json(
      detail(*lease, *ref, req, cpts.id, req.param("membership_id"), year_of(territory::cpts_today(*ref, cpts))));
}

// A request to join (or a direct registration): creates the membership, or re-opens a
// struck-off one; a member already in the CPTS is refused (one_membership_per_cpts).
Response create(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"member_kind", "member_id", "college_id", "status", "on", "note"});
  auto ref = referential.current();
  std::string today = request_cpts_today(db, *ref, req, Permission::membership_manage);
  std::string kind_text = body.text("member_kind", 20);
  std::string member_id = body.text("member_id", 20);
  auto college_id = body.optional_text("college_id", 64);
  std::string status_text = body.optional_text("status", 20).value_or("demande");
  std::string on = date_field(body, "on", false, today);
  auto note = body.optional_text("note", kMaxNote);
  auto kind = member_kind_from_string(kind_text);
  if (!kind_text.empty() && !kind) body.error("member_kind", "one_of", "must be professional or structure");
  auto status = status_from_string(status_text);
  if (!status) body.error("status", "one_of", "must be demande or active");
  else if (auto broken = check_start(*status)) body.error("status", broken->rule, broken->message);
  if (on.empty()) on = today;
  std::string now = current_timestamp_utc();
  auto [id, reopened] = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::membership_manage);
    if (kind && !member_id.empty() && !find_member(c, *kind, member_id).known) {
      std::string_view what = *kind == MemberKind::professional ? "professional with national id" : "structure with FINESS number";
      body.error("member_id", "unknown_code", fmt::format("the directory has no {} {}", what, member_id));
    }
    check_college(body, c, cpts.id, college_id.value_or(""));
    body.finish();
    auto existing = find_membership_of(c, cpts.id, *kind, member_id);
    Event event{0, *status, on, note.value_or(""), auth::caller(req).label, now};
    switch (request_outcome(existing ? std::optional(existing->status) : std::nullopt)) {
      case RequestOutcome::duplicate: {
        std::string why = fmt::format("{} {} already has a membership in this CPTS ({}): one membership per member and CPTS",
                                      to_string(*kind), member_id, to_string(existing->status));
        http::HttpError error(409, "Membership rule broken", why, {{"member_id", "one_membership_per_cpts", why}});
        error.extensions()["membership_id"] = existing->id;
        throw error;
      }
      case RequestOutcome::reopen: {
        if (auto broken = check_date(on, existing->status_since, today)) throw rule_broken("on", *broken);
        Membership m = *existing;
        m.status = *status;
        m.status_since = m.requested_on = on;
        if (college_id) m.college_id = *college_id;
        if (note) m.note = *note;
        m.updated_at = now;
        update_membership(c, m);
        append_event(c, m.id, event);
        auth::append_audit(c, auth::audit_entry(req, "membership.reopen", "membership", m.id, cpts.id));
        return std::pair(m.id, true);
      }
      case RequestOutcome::create: break;
    }
    Membership m{auth::random_id(), cpts.id, *kind, member_id, college_id.value_or(""), *status, on, on,
                 note.value_or(""), now, now};
    insert_membership(c, m);
    append_event(c, m.id, event);
    auth::append_audit(c, auth::audit_entry(req, "membership.create", "membership", m.id, cpts.id));
    return std::pair(m.id, false);
  });
  db::Lease lease = db.read();
  json::object out = detail(*lease, *ref, req, req.param("cpts_id"), id, year_of(today));
  out["reopened"] = reopened;
  return Response::json(out, reopened ? 200 : 201);
}

// College and note: a string sets them, null clears them.
Response update(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"college_id", "note"});
  auto college_id = body.optional_text("college_id", 64);
  auto note = body.optional_text("note", kMaxNote);
  auto is_null = [&](std::string_view field) { return body.raw(field) && body.raw(field)->is_null(); };
  auto ref = referential.current();
  std::string today;
  db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::membership_manage);
    today = territory::cpts_today(*ref, cpts);
    Membership m = existing_membership(c, cpts, req);
    check_college(body, c, cpts.id, college_id.value_or(""));
    body.finish();
    if (college_id || is_null("college_id")) m.college_id = college_id.value_or("");
    if (note || is_null("note")) m.note = note.value_or("");
    m.updated_at = current_timestamp_utc();
    update_membership(c, m);
    auth::append_audit(c, auth::audit_entry(req, "membership.update", "membership", m.id, cpts.id));
  });
  db::Lease lease = db.read();
  return Response::json(detail(*lease, *ref, req, req.param("cpts_id"), req.param("membership_id"), year_of(today)));
}

// One dated transition, recorded in the membership's events with who recorded it.
Response change_status(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"status", "on", "note"});
  auto ref = referential.current();
  std::string today = request_cpts_today(db, *ref, req, Permission::membership_manage);
  std::string status_text = body.text("status", 20);
  std::string on = date_field(body, "on", true, today);
  auto note = body.optional_text("note", kMaxNote);
  auto status = status_from_string(status_text);
  if (!status_text.empty() && !status) body.error("status", "one_of", "must be demande, active, suspendue or radiee");
  body.finish();
  std::string now = current_timestamp_utc();
  db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::membership_manage);
    Membership m = existing_membership(c, cpts, req);
    if (auto broken = check_transition(m.status, *status)) throw rule_broken("status", *broken);
    if (auto broken = check_date(on, m.status_since, today)) throw rule_broken("on", *broken);
    m.status = *status;
    m.status_since = on;
    m.updated_at = now;
    update_membership(c, m);
    append_event(c, m.id, {0, *status, on, note.value_or(""), auth::caller(req).label, now});
    auth::append_audit(c, auth::audit_entry(req, "membership.status", "membership", m.id, cpts.id));
  });
  db::Lease lease = db.read();
  return Response::json(detail(*lease, *ref, req, req.param("cpts_id"), req.param("membership_id"), year_of(today)));
}

// The fee of one year (coordinator only: the association's finances).
Response put_year_fee(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  const std::string& year_text = req.param("year");
  std::int64_t year = 0;
  auto [end, ec] = std::from_chars(year_text.data(), year_text.data() + year_text.size(), year);
  if (ec != std::errc() || end != year_text.data() + year_text.size()) {
    throw http::invalid_field("year", "integer", "must be a year (2026)");
  }
  std::string today = request_cpts_today(db, *referential.current(), req, Permission::membership_fees);
  if (auto broken = check_fee_year(year, today)) throw http::invalid_field("year", broken->rule, broken->message);
  http::JsonBody body(req, {"amount_cents", "paid_on"});
  auto amount = body.integer("amount_cents", 0, kMaxFeeCents, true);
  std::string paid_on = date_field(body, "paid_on", false, today);
  body.finish();
  Fee fee{year, *amount, paid_on};
  db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::membership_fees);
    Membership m = existing_membership(c, cpts, req);
    put_fee(c, m.id, fee, auth::caller(req).label, current_timestamp_utc());
    auth::append_audit(c, auth::audit_entry(req, "membership.fee", "membership", m.id, cpts.id));
  });
  json::object out = fee_json(fee);
  out["membership_id"] = req.param("membership_id");
  return Response::json(out);
}

}  // namespace

void register_membership_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential) {
  using http::Method;
  auto bind = [&db, &referential](Response (*h)(db::Database&, const referential::ReferentialService&, Request&)) {
    return [&db, &referential, h](Request& r) { return h(db, referential, r); };
  };
  const std::string one = "/api/cpts/{cpts_id}/memberships/{membership_id}";
  router.add(Method::get, "/api/cpts/{cpts_id}/memberships", Permission::membership_view, bind(list));
  router.add(Method::post, "/api/cpts/{cpts_id}/memberships", Permission::membership_manage, bind(create));
  router.add(Method::get, one, Permission::membership_view, bind(read));
  router.add(Method::patch, one, Permission::membership_manage, bind(update));
  router.add(Method::post, one + "/status", Permission::membership_manage, bind(change_status));
  router.add(Method::put, one + "/fees/{year}", Permission::membership_fees, bind(put_year_fee));
}

}  // namespace maillage::membership
