#include "directory/directory_routes.h"

#include <fmt/format.h>

#include <charconv>

#include "directory/directory_export.h"
#include "directory/directory_json.h"
#include "directory/directory_search.h"
#include "platform/auth/access_control.h"
#include "platform/http/params.h"
#include "platform/http/problem.h"
#include "territory/cpts_store.h"
#include "territory/territory_store.h"

namespace maillage::directory {
namespace json = boost::json;
using auth::Permission;
using http::Request;
using http::Response;

namespace {

constexpr long kDefaultRadiusKm = 20;
constexpr long kMaxRadiusKm = 200;

std::optional<bool> boolean_param(const Request& req, std::string_view name) {
  auto value = req.query(name);
  if (!value || value->empty()) return std::nullopt;
  if (*value == "true") return true;
  if (*value == "false") return false;
  throw http::invalid_field(std::string(name), "boolean", fmt::format("{} must be true or false", name));
}

std::optional<double> parse_double(std::string_view text) {
  double d = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), d);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return d;
}

/// `near`: an INSEE commune code, or "latitude,longitude".
std::optional<Circle> near_param(const Request& req, const referential::Referential& ref) {
  std::string near = http::text_param(req, "near", 40);
  long radius = http::integer_param(req, "radius_km", kDefaultRadiusKm, 1, kMaxRadiusKm);
  if (near.empty()) {
    if (req.query("radius_km")) throw http::invalid_field("radius_km", "requires_near", "radius_km needs near");
    return std::nullopt;
  }
  Circle circle;
  circle.radius_km = static_cast<double>(radius);
  if (auto comma = near.find(','); comma != std::string::npos) {
    auto lat = parse_double(std::string_view(near).substr(0, comma));
    auto lon = parse_double(std::string_view(near).substr(comma + 1));
    if (!lat || !lon || *lat < -90 || *lat > 90 || *lon < -180 || *lon > 180) {
      throw http::invalid_field("near", "point", "near must be a commune code or \"latitude,longitude\"");
    }
    circle.latitude = *lat;
    circle.longitude = *lon;
    return circle;
  }
  const auto* commune = ref.commune(near);
  if (!commune) throw http::invalid_field("near", "known_commune", fmt::format("no commune has the code {}", near));
  if (!commune->coordinates) {
    throw http::invalid_field("near", "located_commune", fmt::format("commune {} has no known point", near));
  }
  circle.latitude = commune->coordinates->latitude;
  circle.longitude = commune->coordinates->longitude;
  return circle;
}

/// The current territory of CPTS `id` as places; 400 when there is no such CPTS.
Places territory_places(db::Connection& c, const referential::Referential& ref, const std::string& id) {
  if (!territory::find_cpts(c, id, auth::TenantScope{.all = true})) {
    throw http::invalid_field("cpts", "known_cpts", fmt::format("no CPTS has the id {}", id));
  }
  std::vector<territory::ElementKey> elements;
  for (const auto& e : territory::territory_at(c, id, "")) elements.push_back(e.key);
  return places_of_territory(ref, elements);
}

DirectoryQuery read_query(const Request& req, db::Connection& c, const referential::Referential& ref) {
  DirectoryQuery q;
  q.text = http::text_param(req, "q");
  q.profession = http::text_param(req, "profession", 20);
  q.specialty = http::text_param(req, "specialty", 20);
  if (std::string code = http::text_param(req, "commune", 10); !code.empty()) {
    const auto* commune = ref.commune(code);
    if (!commune) throw http::invalid_field("commune", "known_commune", fmt::format("no commune has the code {}", code));
    q.places = places_of_commune(ref, *commune);
  }
  if (std::string cpts = http::text_param(req, "cpts", 64); !cpts.empty()) {
    Places territory = territory_places(c, ref, cpts);
    if (q.places) {
      Places both;
      for (const auto& code : q.places->communes) {
        if (territory.communes.contains(code)) both.communes.insert(code);
      }
      for (const auto& part : territory.parts) {
        if (q.places->communes.contains(part.first)) both.parts.insert(part);
      }
      q.places = std::move(both);
    } else {
      q.places = std::move(territory);
    }
  }
  q.near = near_param(req, ref);
  q.accepts_new_patients = boolean_param(req, "accepts_new_patients");
  q.snp = boolean_param(req, "snp");
  q.limit = static_cast<std::size_t>(http::integer_param(req, "limit", 20, 1, 100));
  q.offset = http::cursor_param(req);
  return q;
}

/// `total` (null when unknown) and `total_over` (when counting stopped at that many).
template <class Hit>
void add_total(json::object& answer, const DirectoryPage<Hit>& page) {
  answer["total"] = page.total ? json::value(static_cast<std::int64_t>(*page.total)) : json::value(nullptr);
  if (page.more_than) answer["total_over"] = static_cast<std::int64_t>(*page.more_than);
}

json::value next_cursor(const DirectoryQuery& q, std::size_t shown, bool more) {
  return more ? json::value(http::make_cursor(q.offset + shown)) : json::value(nullptr);
}

Response search(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {"q", "kind", "profession", "specialty", "commune", "cpts", "accepts_new_patients", "snp", "near",
                         "radius_km", "limit", "cursor"});
  std::string kind = http::text_param(req, "kind", 20);
  if (!kind.empty() && kind != "professional" && kind != "structure") {
    throw http::invalid_field("kind", "one_of", "kind must be professional or structure");
  }
  auto ref = referential.current();
  db::Lease lease = db.read();
  DirectoryQuery q = read_query(req, *lease, *ref);
  json::array items;
  json::object answer;
  if (kind == "structure") {
    if (!q.profession.empty() || q.accepts_new_patients || q.snp) {
      throw http::invalid_field("kind", "structure_criteria",
                                "profession, accepts_new_patients and snp apply to professionals only");
    }
    auto page = search_structures(*lease, *ref, q);
    for (const auto& hit : page.items) items.push_back(structure_json(hit));
    answer = {{"kind", "structure"}, {"next_cursor", next_cursor(q, page.items.size(), page.more)}};
    add_total(answer, page);
  } else {
    auto page = search_professionals(*lease, *ref, q);
    MemberView view = member_view(*lease, auth::caller(req), page.items);
    for (const auto& hit : page.items) items.push_back(professional_json(hit, view));
    answer = {{"kind", "professional"}, {"next_cursor", next_cursor(q, page.items.size(), page.more)}};
    add_total(answer, page);
  }
  answer["items"] = std::move(items);
  return Response::json(answer);
}

Response professional(db::Database& db, Request& req) {
  http::allow_only(req, {});
  db::Lease lease = db.read();
  auto hit = find_professional(*lease, req.param("national_id"));
  if (!hit) throw http::not_found(fmt::format("no professional has the national id {}", req.param("national_id")));
  std::vector<ProfessionalHit> one{*hit};
  return Response::json(professional_json(*hit, member_view(*lease, auth::caller(req), one)));
}

Response structure(db::Database& db, Request& req) {
  http::allow_only(req, {});
  db::Lease lease = db.read();
  auto hit = find_structure(*lease, req.param("finess"));
  if (!hit) throw http::not_found(fmt::format("no structure has the FINESS number {}", req.param("finess")));
  auto people = professionals_at(*lease, hit->finess);
  MemberView view = member_view(*lease, auth::caller(req), people);
  json::array professionals;
  for (const auto& p : people) professionals.push_back(professional_json(p, view));
  json::object answer = structure_json(*hit);
  answer["professionals"] = std::move(professionals);
  return Response::json(answer);
}

Response territory_directory(db::Database& db, const referential::ReferentialService& referential, Request& req,
                             ExportFormat format) {
  http::allow_only(req, {});
  auto ref = referential.current();
  db::Lease lease = db.read();
  auto cpts = territory::find_cpts(*lease, req.param("cpts_id"), auth::caller(req).scope(Permission::cpts_view));
  if (!cpts) throw http::not_found("no resource at " + req.path());
  DirectoryQuery q;
  q.places = territory_places(*lease, *ref, cpts->id);
  q.limit = std::numeric_limits<std::size_t>::max();
  auto page = search_professionals(*lease, *ref, q);
  return export_directory(*lease, *cpts, page.items, format);
}

}  // namespace

void register_directory_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential) {
  router.add(http::Method::get, "/api/directory", Permission::directory_view,
             [&db, &referential](Request& r) { return search(db, referential, r); });
  router.add(http::Method::get, "/api/directory/professionals/{national_id}", Permission::directory_view,
             [&db](Request& r) { return professional(db, r); });
  router.add(http::Method::get, "/api/directory/structures/{finess}", Permission::directory_view,
             [&db](Request& r) { return structure(db, r); });
  router.add(http::Method::get, "/api/cpts/{cpts_id}/directory.csv", Permission::cpts_view,
             [&db, &referential](Request& r) { return territory_directory(db, referential, r, ExportFormat::csv); });
  router.add(http::Method::get, "/api/cpts/{cpts_id}/directory.html", Permission::cpts_view,
             [&db, &referential](Request& r) { return territory_directory(db, referential, r, ExportFormat::html); });
}

}  // namespace maillage::directory
