#include "territory/territory_routes.h"

#include <boost/json.hpp>

#include "platform/auth/access_control.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/audit_log.h"
#include "platform/http/json_body.h"
#include "platform/http/params.h"
#include "platform/util/time.h"
#include "territory/cpts_store.h"
#include "territory/rules.h"
#include "territory/selection.h"
#include "territory/summary.h"
#include "territory/taille_settings.h"
#include "territory/territory_store.h"

namespace maillage::territory {
namespace json = boost::json;
using auth::Permission;
using http::Request;
using http::Response;

namespace {

constexpr std::size_t kMaxElements = 40'000;

Cpts existing_cpts(db::Connection& c, const Request& req, Permission permission) {
  auto cpts = find_cpts(c, req.param("cpts_id"), auth::caller(req).scope(permission));
  if (!cpts) throw http::not_found("no resource at " + req.path());
  return *cpts;
}

struct Selection {
  std::vector<ElementKey> keys;
  std::map<ElementKey, std::int64_t> populations;
};

// Reads {communes: [code…], parts: [{code, postcode, population?}…], epci, departement,
// around: {commune, radius_km}} into element keys.
Selection read_selection(http::JsonBody& body, const referential::Referential& ref, bool with_population) {
  Selection sel;
  if (const auto* communes = body.raw("communes")) {
    if (!communes->is_array()) {
      body.error("communes", "type", "must be a list of INSEE codes");
    } else {
      for (const auto& v : communes->as_array()) {
        if (v.is_string()) sel.keys.push_back({std::string(v.as_string()), ""});
        else body.error("communes", "type", "must be a list of INSEE codes");
      }
    }
  }
  if (const auto* parts = body.raw("parts")) {
    bool ok = parts->is_array();
    for (std::size_t i = 0; ok && i < parts->as_array().size(); ++i) {
      const auto& p = parts->as_array()[i];
      std::string field = "parts[" + std::to_string(i) + "]";
      if (!p.is_object() || !p.as_object().contains("code") || !p.at("code").is_string() ||
          !p.as_object().contains("postcode") || !p.at("postcode").is_string()) {
        body.error(field, "type", "must be {code, postcode, population?}");
        continue;
      }
      ElementKey key{std::string(p.at("code").as_string()), std::string(p.at("postcode").as_string())};
      if (const auto* population = p.as_object().if_contains("population"); population && !population->is_null()) {
        if (!with_population || !population->is_int64() || population->as_int64() < 0) {
          body.error(field + ".population", "range", "must be a whole number of inhabitants, 0 or more");
        } else {
          sel.populations[key] = population->as_int64();
        }
      }
      sel.keys.push_back(std::move(key));
    }
    if (!ok) body.error("parts", "type", "must be a list of {code, postcode, population?}");
  }
  if (auto siren = body.optional_text("epci", 9)) {
    if (!ref.epci(*siren)) body.error("epci", "unknown_code", "no EPCI has SIREN " + *siren);
    for (auto& k : communes_of_epci(ref, *siren)) sel.keys.push_back(std::move(k));
  }
  if (auto code = body.optional_text("departement", 3)) {
    if (!ref.departement(*code)) body.error("departement", "unknown_code", "no département has code " + *code);
    for (auto& k : communes_of_departement(ref, *code)) sel.keys.push_back(std::move(k));
  }
  if (const auto* around = body.raw("around")) {
    const json::object* o = around->if_object();
    const json::value* center = o ? o->if_contains("commune") : nullptr;
    const json::value* radius = o ? o->if_contains("radius_km") : nullptr;
    if (!center || !center->is_string() || !radius || !radius->is_number()) {
      body.error("around", "type", "must be {commune, radius_km}");
    } else {
      double km = radius->to_number<double>();
      std::string code(center->as_string());
      if (!ref.commune(code)) body.error("around.commune", "unknown_code", "no commune has INSEE code " + code);
      if (km <= 0 || km > 100) body.error("around.radius_km", "range", "must be more than 0 and at most 100");
      if (ref.commune(code) && km > 0 && km <= 100) {
        for (auto& k : communes_around(ref, code, km)) sel.keys.push_back(std::move(k));
      }
    }
  }
  if (sel.keys.empty() && !body.raw("epci") && !body.raw("departement") && !body.raw("around")) {
    body.error("communes", "required", "give communes, parts, an epci, a departement or around");
  }
  if (sel.keys.size() > kMaxElements) {
    body.error("communes", "max_items", "at most " + std::to_string(kMaxElements) + " elements at once");
  }
  body.finish();
  return sel;
}

json::object territory_json(const referential::Referential& ref, const Cpts& cpts,
                            const std::vector<ElementRecord>& records, const std::string& at,
                            const TailleThresholds& thresholds) {
  json::array elements;
  TerritorySummary summary;
  for (const auto& r : records) {
    const referential::Commune* c = ref.commune(r.key.code);
    Population p = element_population(ref, r.key, r.entered_population);
    summary.add(ref, r.key, r.entered_population);
    auto kind = element_kind(ref, r.key).value_or(ElementKind::commune);
    elements.push_back({{"id", r.id},
                        {"kind", to_string(kind)},
                        {"code", r.key.code},
                        {"name", c ? c->name : r.key.code},
                        {"postcode", r.key.postcode.empty() ? json::value(nullptr) : json::value(r.key.postcode)},
                        {"departement", c ? c->departement_code : ""},
                        {"population", p.value},
                        {"population_estimated", p.estimated},
                        {"added_at", r.added_at}});
  }
  summary.finish(thresholds);
  return {{"cpts", {{"id", cpts.id}, {"name", cpts.name}}},
          {"at", at.empty() ? json::value(nullptr) : json::value(at)},
          {"elements", std::move(elements)},
          {"whole_communes", summary.whole_communes},
          {"population", summary.population.value},
          {"population_estimated", summary.population.estimated},
          {"taille", summary.taille}};
}

// The current territory of `cpts`, as returned after every change.
json::object current_territory_json(db::Database& db, const referential::Referential& ref, const Cpts& cpts) {
  db::Lease lease = db.read();
  return territory_json(ref, cpts, territory_at(*lease, cpts.id, ""), "",
                        load_taille_setting(*lease).thresholds);
}

http::HttpError conflict(const std::vector<Violation>& violations) {
  std::vector<http::FieldError> errors;
  json::array list;
  for (const auto& v : violations) {
    std::string element = v.key.postcode.empty() ? v.key.code : v.key.code + "/" + v.key.postcode;
    errors.push_back({element, v.rule, v.message});
    list.push_back({{"rule", v.rule},
                    {"code", v.key.code},
                    {"postcode", v.key.postcode.empty() ? json::value(nullptr) : json::value(v.key.postcode)},
                    {"holder", v.holder_cpts_id.empty() ? json::value(nullptr)
                                                        : json::value({{"id", v.holder_cpts_id}, {"name", v.holder_cpts_name}})},
                    {"message", v.message}});
  }
  std::string detail = violations.front().message;
  if (violations.size() > 1) detail += " (and " + std::to_string(violations.size() - 1) + " more)";
  http::HttpError error(409, "Territory rule broken", detail, std::move(errors));
  error.extensions()["violations"] = std::move(list);
  return error;
}

Response get_territory(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {"at"});
  std::string at = http::timestamp_param(req, "at");
  db::Lease lease = db.read();
  Cpts cpts = existing_cpts(*lease, req, Permission::cpts_view);
  return Response::json(territory_json(*referential.current(), cpts, territory_at(*lease, cpts.id, at), at,
                                       load_taille_setting(*lease).thresholds));
}

Response get_history(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {});
  db::Lease lease = db.read();
  Cpts cpts = existing_cpts(*lease, req, Permission::cpts_view);
  auto ref = referential.current();
  json::array changes;
  for (const auto& r : territory_history(*lease, cpts.id)) {
    const referential::Commune* c = ref->commune(r.key.code);
    json::object element{{"code", r.key.code},
                         {"name", c ? c->name : r.key.code},
                         {"postcode", r.key.postcode.empty() ? json::value(nullptr) : json::value(r.key.postcode)}};
    changes.push_back({{"at", r.added_at}, {"change", "added"}, {"by", r.added_by}, {"element", element}});
    if (!r.removed_at.empty()) {
      changes.push_back({{"at", r.removed_at}, {"change", "removed"}, {"by", r.removed_by}, {"element", element}});
    }
  }
  std::stable_sort(changes.begin(), changes.end(), [](const json::value& a, const json::value& b) {
    return a.at("at").as_string() < b.at("at").as_string();
  });
  return Response::json(json::object{{"cpts", {{"id", cpts.id}, {"name", cpts.name}}}, {"changes", std::move(changes)}});
}

Response add_to_territory(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"communes", "parts", "epci", "departement", "around"});
  auto ref = referential.current();
  Selection sel = read_selection(body, *ref, true);
  std::string now = current_timestamp_utc();
  auto [cpts, added, already] = db::with_transaction(db, [&](db::Connection& c) {
    Cpts target = existing_cpts(c, req, Permission::territory_edit);
    // Checked inside the write transaction: no other change can slip in between.
    AdditionPlan plan = plan_additions(*ref, HoldingsIndex(current_holdings(c)), target.id, sel.keys);
    if (!plan.violations.empty()) throw conflict(plan.violations);
    add_elements(c, target.id, plan.to_add, sel.populations, auth::caller(req).label, now);
    if (!plan.to_add.empty()) {
      auth::append_audit(c, auth::audit_entry(req, "territory.add", "territory", target.id, target.id));
    }
    return std::tuple(target, plan.to_add.size(), plan.already_held.size());
  });
  json::object out = current_territory_json(db, *ref, cpts);
  out["added"] = added;
  out["already_held"] = already;
  return Response::json(out);
}

Response remove_from_territory(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"communes", "parts", "epci", "departement", "around"});
  auto ref = referential.current();
  Selection sel = read_selection(body, *ref, false);
  std::string now = current_timestamp_utc();
  auto [cpts, removed] = db::with_transaction(db, [&](db::Connection& c) {
    Cpts target = existing_cpts(c, req, Permission::territory_edit);
    auto gone = remove_elements(c, target.id, sel.keys, auth::caller(req).label, now);
    if (!gone.empty()) auth::append_audit(c, auth::audit_entry(req, "territory.remove", "territory", target.id, target.id));
    return std::pair(target, gone.size());
  });
  json::object out = current_territory_json(db, *ref, cpts);
  out["removed"] = removed;
  return Response::json(out);
}

}  // namespace

void register_territory_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential) {
  using http::Method;
  auto bind = [&db, &referential](Response (*h)(db::Database&, const referential::ReferentialService&, Request&)) {
    return [&db, &referential, h](Request& r) { return h(db, referential, r); };
  };
  router.add(Method::get, "/api/cpts/{cpts_id}/territory", Permission::cpts_view, bind(get_territory));
  router.add(Method::get, "/api/cpts/{cpts_id}/territory/history", Permission::cpts_view, bind(get_history));
  router.add(Method::post, "/api/cpts/{cpts_id}/territory/additions", Permission::territory_edit, bind(add_to_territory));
  router.add(Method::post, "/api/cpts/{cpts_id}/territory/removals", Permission::territory_edit,
             bind(remove_from_territory));
}

}  // namespace maillage::territory
