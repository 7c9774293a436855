// HTTP routes of the inventory of unscheduled-care resources: practices with extended hours,
// MSP, health centres, SNP centres, maisons médicales de garde, SOS Médecins — their hours,
// services and the professionals taking part — and the list a CPTS publishes (anonymous).
#include <fmt/format.h>

#include <set>

#include "access/snp_json.h"
#include "access/snp_route_support.h"
#include "access/snp_routes.h"
#include "directory/directory_search.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/audit_log.h"
#include "platform/auth/crypto.h"
#include "platform/csv/csv_writer.h"
#include "platform/http/json_body.h"
#include "platform/http/params.h"
#include "platform/util/time.h"
#include "territory/cpts_store.h"

namespace maillage::access {
namespace json = boost::json;
using auth::Permission;
using http::Request;
using http::Response;

namespace {

constexpr std::size_t kMaxText = 200, kMaxServices = 30, kMaxProfessionals = 200;

std::vector<std::string> text_list(http::JsonBody& body, std::string_view field, std::size_t max_items,
                                   std::size_t max_length) {
  std::vector<std::string> out;
  const auto* raw = body.raw(field);
  if (!raw || raw->is_null()) return out;
  if (!raw->is_array() || raw->as_array().size() > max_items) {
    body.error(std::string(field), "list", fmt::format("must be a list of at most {} texts", max_items));
    return out;
  }
  for (const auto& v : raw->as_array()) {
    if (!v.is_string() || v.as_string().empty() || v.as_string().size() > max_length) {
      body.error(std::string(field), "text", fmt::format("each item must be a text of 1 to {} characters", max_length));
      return {};
    }
    out.emplace_back(v.as_string());
  }
  return out;
}

/// The opening hours as sent (their rules are checked by check_opening_hours).
std::vector<OpeningHours> hours_list(http::JsonBody& body) {
  std::vector<OpeningHours> out;
  const auto* raw = body.raw("hours");
  if (!raw || raw->is_null()) return out;
  auto text = [](const boost::json::object* o, std::string_view key) {
    const auto* v = o ? o->if_contains(key) : nullptr;
    return v && v->is_string() ? std::string(v->as_string()) : std::string();
  };
  if (raw->is_array() && raw->as_array().size() <= kMaxOpeningPeriods) {
    for (const auto& v : raw->as_array()) {
      const auto* o = v.if_object();
      const auto* weekday = o ? o->if_contains("weekday") : nullptr;
      out.push_back({weekday && weekday->is_int64() ? static_cast<int>(weekday->as_int64()) : 0, text(o, "opens"),
                     text(o, "closes")});
    }
  } else {
    body.error("hours", "hours", fmt::format("must be a list of at most {} opening periods", kMaxOpeningPeriods));
    return {};
  }
  if (auto broken = check_opening_hours(out)) body.error("hours", broken->rule, broken->message);
  return out;
}

/// Reads a resource body over `r` (creation: every required field; update: only those given).
void read_resource(http::JsonBody& body, db::Connection& c, const referential::Referential& ref, SnpResource& r,
                   bool creating) {
  if (creating || body.has("kind")) {
    std::string kind = body.text("kind", 40);
    const auto& kinds = snp_resource_kinds();
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
      body.error("kind", "one_of", "must be cabinet_horaires_elargis, msp, centre_sante, centre_snp, "
                                   "maison_medicale_garde, sos_medecins or autre");
    }
    r.kind = kind;
  }
  if (auto finess = body.optional_text("finess", 9)) {
    auto structure = directory::find_structure(c, *finess);
    if (!structure) body.error("finess", "unknown_structure", "no structure of the directory has this FINESS number");
    else {
      r.finess = *finess;
      // A structure of the directory gives what was not typed.
      if (r.name.empty() && !body.has("name")) r.name = structure->name;
      if (r.address.empty() && !body.has("address")) r.address = structure->address;
      if (r.postcode.empty() && !body.has("postcode")) r.postcode = structure->postcode;
      if (r.commune_code.empty() && !body.has("commune_code")) r.commune_code = structure->commune_code;
      if (r.phone.empty() && !body.has("phone")) r.phone = structure->phone;
    }
  } else if (body.has("finess")) {
    r.finess.clear();
  }
  if (body.has("name") || (creating && r.name.empty())) r.name = body.text("name", kMaxText);
  for (auto [field, value] : {std::pair{"address", &r.address}, {"postcode", &r.postcode}, {"phone", &r.phone}}) {
    if (body.has(field)) *value = body.optional_text(field, kMaxText).value_or("");
  }
  if (body.has("commune_code") || (creating && r.commune_code.empty())) r.commune_code = body.text("commune_code", 5);
  if (!r.commune_code.empty() && !ref.commune(r.commune_code)) {
    body.error("commune_code", "unknown_commune", "no commune or arrondissement has this INSEE code");
  }
  if (body.has("services")) r.services = text_list(body, "services", kMaxServices, 60);
  if (body.has("hours")) r.hours = hours_list(body);
  if (body.has("professionals")) {
    r.professionals = text_list(body, "professionals", kMaxProfessionals, 20);
    std::set<std::string> unique(r.professionals.begin(), r.professionals.end());
    r.professionals.assign(unique.begin(), unique.end());
    auto known = professional_labels(c, r.professionals);
    for (const auto& id : r.professionals) {
      if (!known.count(id)) {
        body.error("professionals", "unknown_professional", fmt::format("{} is not in the directory", id));
        break;
      }
    }
  }
  if (auto published = body.optional_bool("public")) r.published = *published;
  body.finish();
}

json::object resource_out(db::Connection& c, const referential::Referential& ref, const SnpResource& r) {
  return resource_json(ref, r, professional_labels(c, r.professionals));
}

http::JsonBody resource_body(const Request& req) {
  return http::JsonBody(req, {"kind", "name", "finess", "address", "postcode", "commune_code", "phone", "services",
                              "hours", "professionals", "public"});
}

Response list(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {});
  db::Lease lease = db.read();
  auto cpts = request_cpts(*lease, req, Permission::snp_resource_view);
  auto ref = referential.current();
  json::array items;
  for (const auto& r : list_resources(*lease, cpts.id, false)) items.push_back(resource_out(*lease, *ref, r));
  std::size_t total = items.size();
  return Response::json(json::object{{"items", std::move(items)}, {"total", total}});
}

Response create(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body = resource_body(req);
  auto ref = referential.current();
  json::object out = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::snp_resource_edit);
    SnpResource r;
    r.id = auth::random_id();
    r.cpts_id = cpts.id;
    read_resource(body, c, *ref, r, true);
    r.created_at = r.updated_at = current_timestamp_utc();
    insert_resource(c, r);
    auth::append_audit(c, auth::audit_entry(req, "snp_resource.create", "snp_resource", r.id, cpts.id));
    return resource_out(c, *ref, r);
  });
  return Response::json(out, 201);
}

Response update(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body = resource_body(req);
  auto ref = referential.current();
  json::object out = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::snp_resource_edit);
    auto r = find_resource(c, cpts.id, std::string(req.param("resource_id")));
    if (!r) throw http::not_found("no resource at " + req.path());
    read_resource(body, c, *ref, *r, false);
    r->updated_at = current_timestamp_utc();
    update_resource(c, *r);
    auth::append_audit(c, auth::audit_entry(req, "snp_resource.update", "snp_resource", r->id, cpts.id));
    return resource_out(c, *ref, *r);
  });
  return Response::json(out);
}

Response remove(db::Database& db, Request& req) {
  http::allow_only(req, {});
  db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::snp_resource_edit);
    std::string id(req.param("resource_id"));
    if (!find_resource(c, cpts.id, id)) throw http::not_found("no resource at " + req.path());
    delete_resource(c, cpts.id, id);
    auth::append_audit(c, auth::audit_entry(req, "snp_resource.delete", "snp_resource", id, cpts.id));
    return 0;
  });
  return Response::empty();
}

std::string weekday_name(int d) {
  static const char* kNames[] = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
  return kNames[(d - 1) % 7];
}

/// The published list: no account needed, no professional identifiers (names only).
Response public_list(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {"format"});
  std::string format = http::text_param(req, "format", 10);
  if (!format.empty() && format != "json" && format != "csv") {
    throw http::invalid_field("format", "one_of", "must be json or csv");
  }
  db::Lease lease = db.read();
  auto cpts = territory::find_cpts(*lease, std::string(req.param("id")), auth::TenantScope{true, {}});
  if (!cpts) throw http::not_found("no resource at " + req.path());
  auto ref = referential.current();
  auto resources = list_resources(*lease, cpts->id, true);
  if (format == "csv") {
    csv::CsvWriter csv;
    csv.row({"type", "nom", "adresse", "code_postal", "commune", "telephone", "services", "horaires"});
    for (const auto& r : resources) {
      const auto* commune = ref->commune(r.commune_code);
      std::string services, hours;
      for (const auto& s : r.services) services += (services.empty() ? "" : ", ") + s;
      for (const auto& h : r.hours) {
        hours += fmt::format("{}{} {}-{}", hours.empty() ? "" : "; ", weekday_name(h.weekday), h.opens, h.closes);
      }
      csv.row({r.kind, r.name, r.address, r.postcode, commune ? std::string_view(commune->name) : std::string_view(),
               r.phone, services, hours});
    }
    return Response::attachment(csv.str(), "text/csv; charset=utf-8", "soins-non-programmes.csv");
  }
  json::array items;
  for (const auto& r : resources) {
    json::object o = resource_out(*lease, *ref, r);
    for (auto& p : o["professionals"].as_array()) p.as_object().erase("id");
    items.push_back(std::move(o));
  }
  return Response::json(json::object{{"cpts", json::object{{"id", cpts->id}, {"name", cpts->name}}},
                                     {"items", std::move(items)}});
}

}  // namespace

void register_snp_resource_routes(http::Router& router, db::Database& db,
                                  const referential::ReferentialService& referential) {
  using http::Method;
  auto with_ref = [&db, &referential](auto handler) {
    return [&db, &referential, handler](Request& req) { return handler(db, referential, req); };
  };
  router.add(Method::get, "/api/cpts/{cpts_id}/snp/resources", Permission::snp_resource_view, with_ref(list));
  router.add(Method::post, "/api/cpts/{cpts_id}/snp/resources", Permission::snp_resource_edit, with_ref(create));
  router.add(Method::patch, "/api/cpts/{cpts_id}/snp/resources/{resource_id}", Permission::snp_resource_edit,
             with_ref(update));
  router.add(Method::delete_, "/api/cpts/{cpts_id}/snp/resources/{resource_id}", Permission::snp_resource_edit,
             [&db](Request& req) { return remove(db, req); });
  router.add(Method::get, "/api/public/cpts/{id}/snp-resources", Permission::public_access, with_ref(public_list));
}

}  // namespace maillage::access
