#include "territory/routes.h"

#include <boost/json.hpp>
#include <map>
#include <regex>

#include "platform/auth/access_control.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/audit_log.h"
#include "platform/auth/auth_json.h"
#include "platform/auth/user_store.h"
#include "platform/http/json_body.h"
#include "platform/http/params.h"
#include "platform/util/time.h"
#include "territory/cpts_clock.h"
#include "territory/cpts_store.h"
#include "territory/lifecycle.h"
#include "territory/summary.h"
#include "territory/taille_settings.h"
#include "territory/territory_store.h"

namespace maillage::territory {
namespace json = boost::json;
using auth::Permission;
using http::Request;
using http::Response;

namespace {

json::value text_or_null(const std::string& s) { return s.empty() ? json::value(nullptr) : json::value(s); }

// The profile; `time_zone` (the seat's) is where the CPTS's dates are days.
json::object cpts_json(const referential::Referential& ref, const Cpts& c) {
  return {{"id", c.id},
          {"name", c.name},
          {"created_at", c.created_at},
          {"short_name", text_or_null(c.short_name)},
          {"legal_form", text_or_null(c.legal_form)},
          {"siret", text_or_null(c.siret)},
          {"seat_commune", text_or_null(c.seat_commune_code)},
          {"contact_email", text_or_null(c.contact_email)},
          {"contact_phone", text_or_null(c.contact_phone)},
          {"website", text_or_null(c.website)},
          {"time_zone", cpts_time_zone(ref, c)},
          {"status", c.status}};
}

json::object cpts_with_history(db::Connection& c, const referential::Referential& ref, const Cpts& cpts) {
  json::object o = cpts_json(ref, cpts);
  json::array history;
  for (const auto& h : status_history(c, cpts.id)) {
    history.push_back({{"status", h.status},
                       {"effective_date", h.effective_date},
                       {"recorded_at", h.recorded_at},
                       {"recorded_by", h.recorded_by},
                       {"note", text_or_null(h.note)}});
  }
  o["status_history"] = std::move(history);
  return o;
}

void add_summary(json::object& o, const TerritorySummary& s) {
  o["population"] = s.population.value;
  o["population_estimated"] = s.population.estimated;
  o["taille"] = s.taille;
  o["elements"] = s.elements;
}

// Each CPTS with the figures of its current territory.
Response list(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {});
  auto scope = auth::caller(req).scope(Permission::cpts_view);
  auto ref = referential.current();
  db::Lease lease = db.read();
  std::map<std::string, TerritorySummary> summaries;
  for (const auto& h : current_holdings(*lease)) summaries[h.cpts_id].add(*ref, h.key, h.entered_population);
  auto thresholds = load_taille_setting(*lease).thresholds;
  json::array items;
  for (const auto& c : list_cpts(*lease, scope)) {
    json::object o = cpts_json(*ref, c);
    TerritorySummary& summary = summaries[c.id];
    summary.finish(thresholds);
    add_summary(o, summary);
    items.push_back(std::move(o));
  }
  return Response::json(json::object{{"items", std::move(items)}});
}

Response create(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"name"});
  std::string name = body.text("name", 200);
  body.finish();
  try {
    Cpts cpts = db::with_transaction(db, [&](db::Connection& c) {
      Cpts created = create_cpts(c, name);
      auth::append_audit(c, auth::audit_entry(req, "cpts.create", "cpts", created.id, created.id));
      return created;
    });
    return Response::json(cpts_json(*referential.current(), cpts), 201);
  } catch (const db::ConstraintError&) {
    throw http::HttpError(409, "Conflict", "a CPTS is already named '" + name + "'",
                          {{"name", "unique", "another CPTS has this name"}});
  }
}

Response read(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {});
  auto scope = auth::caller(req).scope(Permission::cpts_view);
  db::Lease lease = db.read();
  auto cpts = find_cpts(*lease, req.param("cpts_id"), scope);
  if (!cpts) throw http::not_found("no resource at " + req.path());
  return Response::json(cpts_with_history(*lease, *referential.current(), *cpts));
}

Response update(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"name", "short_name", "legal_form", "siret", "seat_commune", "contact_email",
                            "contact_phone", "website"});
  auto name = body.optional_text("name", 200);
  auto short_name = body.optional_text("short_name", 60);
  auto legal_form = body.optional_text("legal_form", 100);
  auto siret = body.optional_text("siret", 14);
  auto seat = body.optional_text("seat_commune", 5);
  auto email = body.optional_text("contact_email", 254);
  auto phone = body.optional_text("contact_phone", 30);
  auto website = body.optional_text("website", 300);
  static const std::regex kSiret("^[0-9]{14}$");
  if (siret && !std::regex_match(*siret, kSiret)) body.error("siret", "format", "must be 14 digits");
  if (seat && !referential.current()->commune(*seat)) body.error("seat_commune", "unknown_code", "no commune has INSEE code " + *seat);
  if (email && email->find('@') == std::string::npos) body.error("contact_email", "format", "must be an e-mail address");
  if (website && !website->starts_with("https://") && !website->starts_with("http://")) {
    body.error("website", "format", "must start with https:// or http://");
  }
  body.finish();
  try {
    Cpts updated = db::with_transaction(db, [&](db::Connection& c) {
      auto cpts = find_cpts(c, req.param("cpts_id"), auth::caller(req).scope(Permission::cpts_edit));
      if (!cpts) throw http::not_found("no resource at " + req.path());
      for (auto [value, field] : {std::pair{&name, &cpts->name}, {&short_name, &cpts->short_name},
                                  {&legal_form, &cpts->legal_form}, {&siret, &cpts->siret},
                                  {&seat, &cpts->seat_commune_code}, {&email, &cpts->contact_email},
                                  {&phone, &cpts->contact_phone}, {&website, &cpts->website}}) {
        if (*value) *field = **value;
      }
      update_profile(c, *cpts);
      auth::append_audit(c, auth::audit_entry(req, "cpts.update", "cpts", cpts->id, cpts->id));
      return *cpts;
    });
    db::Lease lease = db.read();
    return Response::json(cpts_with_history(*lease, *referential.current(), updated));
  } catch (const db::ConstraintError&) {
    throw http::HttpError(409, "Conflict", "a CPTS is already named '" + name.value_or("") + "'",
                          {{"name", "unique", "another CPTS has this name"}});
  }
}

Response change_status(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"status", "effective_date", "note"});
  std::string wanted = body.text("status", 40);
  std::string date = body.text("effective_date", 10);
  auto note = body.optional_text("note", 1000);
  auto to = status_from_string(wanted);
  static const std::regex kDate("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
  if (!wanted.empty() && !to) {
    body.error("status", "one_of",
               "must be lettre_intention_validee, projet_sante_valide, contrat_signe or dissoute");
  }
  if (!date.empty() && !std::regex_match(date, kDate)) body.error("effective_date", "format", "must be a date (2026-11-23)");
  body.finish();
  std::string now = current_timestamp_utc();
  Cpts cpts = db::with_transaction(db, [&](db::Connection& c) {
    auto target = find_cpts(c, req.param("cpts_id"), auth::caller(req).scope(Permission::cpts_validate));
    if (!target) throw http::not_found("no resource at " + req.path());
    auto history = status_history(c, target->id);
    std::string last_date = history.empty() ? "" : history.back().effective_date;
    if (auto broken = check_transition(*status_from_string(target->status), last_date, *to, date)) {
      throw http::HttpError(409, "Lifecycle rule broken", broken->second, {{"status", broken->first, broken->second}});
    }
    record_status(c, target->id, {wanted, date, now, auth::caller(req).label, note.value_or("")});
    // A dissolved CPTS releases its communes and parts (kept in its history).
    if (*to == Status::dissoute) {
      std::vector<ElementKey> keys;
      for (const auto& e : territory_at(c, target->id, "")) keys.push_back(e.key);
      remove_elements(c, target->id, keys, auth::caller(req).label, now);
    }
    auth::append_audit(c, auth::audit_entry(req, "cpts.status", "cpts", target->id, target->id));
    target->status = wanted;
    return *target;
  });
  db::Lease lease = db.read();
  return Response::json(cpts_with_history(*lease, *referential.current(), cpts));
}

Response people(db::Database& db, Request& req) {
  http::allow_only(req, {});
  auto scope = auth::caller(req).scope(Permission::cpts_people_view);
  db::Lease lease = db.read();
  auto cpts = find_cpts(*lease, req.param("cpts_id"), scope);
  if (!cpts) throw http::not_found("no resource at " + req.path());
  json::array items;
  for (const auto& u : auth::users_of_cpts(*lease, cpts->id)) {
    json::array roles;
    for (const auto& r : u.roles) roles.push_back(auth::role_json(r));
    items.push_back({{"id", u.id}, {"display_name", u.display_name}, {"email", u.email}, {"roles", std::move(roles)}});
  }
  return Response::json(json::object{{"items", std::move(items)}});
}

}  // namespace

void register_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential) {
  using http::Method;
  auto with_ref = [&db, &referential](Response (*h)(db::Database&, const referential::ReferentialService&, Request&)) {
    return [&db, &referential, h](Request& r) { return h(db, referential, r); };
  };
  router.add(Method::get, "/api/cpts", Permission::cpts_view, with_ref(list));
  router.add(Method::post, "/api/cpts", Permission::platform_admin, with_ref(create));
  router.add(Method::get, "/api/cpts/{cpts_id}", Permission::cpts_view, with_ref(read));
  router.add(Method::get, "/api/cpts/{cpts_id}/users", Permission::cpts_people_view,
             [&db](Request& r) { return people(db, r); });
  router.add(Method::patch, "/api/cpts/{cpts_id}", Permission::cpts_edit, with_ref(update));
  router.add(Method::post, "/api/cpts/{cpts_id}/status", Permission::cpts_validate, with_ref(change_status));
}

}  // namespace maillage::territory
