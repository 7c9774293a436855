// HTTP routes of the médecin-traitant indicators (counts and delays, no identity: coordinators,
// funders and administrators): JSON, and CSV by month of entry.
#include <fmt/format.h>

#include "access/mt_indicators.h"
#include "access/mt_route_support.h"
#include "access/mt_store.h"
#include "access/routes.h"
#include "platform/csv/csv_writer.h"
#include "platform/http/params.h"
#include "platform/util/time.h"

namespace maillage::access {
namespace json = boost::json;
using auth::Permission;
using http::Request;
using http::Response;

namespace {

struct Period {
  std::string from, to;  // ISO dates of entry, inclusive; empty: no bound
};

Period read_period(const Request& req) {
  Period p{http::text_param(req, "from", 10), http::text_param(req, "to", 10)};
  for (auto [name, value] : {std::pair{"from", &p.from}, {"to", &p.to}}) {
    if (!value->empty() && !is_iso_date(*value)) throw http::invalid_field(name, "format", "must be a date (2026-11-23)");
  }
  if (!p.from.empty() && !p.to.empty() && p.to < p.from) throw http::invalid_field("to", "range", "to is before from");
  return p;
}

/// The indicators of the request's CPTS over `period` (local dates there); a declaration counts
/// while valid on today's date there.
MtIndicators indicators_of(db::Database& db, const referential::ReferentialService& referential, const Request& req,
                           const Period& period) {
  db::Lease lease = db.read();
  auto cpts = request_cpts(*lease, req, Permission::mt_indicators);
  LocalDay today = cpts_local_day(*referential.current(), cpts);
  std::string from_utc = period.from.empty() ? "" : local_day_start_ms(period.from, today.time_zone);
  std::string until_utc = period.to.empty() ? "" : local_day_start_ms(add_days(period.to, 1), today.time_zone);
  return compute_indicators(indicator_rows(*lease, cpts.id, from_utc, until_utc, today.time_zone),
                            list_census(*lease, cpts.id), today.date);
}

json::object counts_json(const IndicatorCounts& c) {
  return json::object{{"registered", c.registered}, {"oriented", c.oriented}, {"found", c.found}, {"declared", c.declared}};
}

Response indicators(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {"from", "to"});
  Period period = read_period(req);
  MtIndicators m = indicators_of(db, referential, req, period);
  json::object by_group;
  for (const auto& [group, counts] : m.by_group) by_group[group] = counts_json(counts);
  json::array by_month;
  for (const auto& [month, counts] : m.by_month) {
    json::object row = counts_json(counts);
    row["month"] = month;
    by_month.push_back(std::move(row));
  }
  auto optional = [](const std::optional<int>& v) { return v ? json::value(*v) : json::value(nullptr); };
  json::object out = counts_json(m.total);
  out["from"] = period.from.empty() ? json::value(nullptr) : json::value(period.from);
  out["to"] = period.to.empty() ? json::value(nullptr) : json::value(period.to);
  out["by_group"] = std::move(by_group);
  out["by_month"] = std::move(by_month);
  out["delay_days"] = json::object{{"count", m.delays}, {"median", optional(m.median_days)}, {"p90", optional(m.p90_days)}};
  out["census"] = json::object{{"doctors", m.census_doctors}, {"sites", m.census_sites}, {"places", m.census_places}};
  return Response::json(out);
}

Response indicators_csv(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {"from", "to"});
  MtIndicators m = indicators_of(db, referential, req, read_period(req));
  csv::CsvWriter csv;
  csv.row({"mois", "patients inscrits", "patients orientés", "patients ayant trouvé un médecin traitant",
           "déclarations faites"});
  auto row = [&csv](std::string_view label, const IndicatorCounts& c) {
    csv.row({label, std::int64_t{c.registered}, std::int64_t{c.oriented}, std::int64_t{c.found}, std::int64_t{c.declared}});
  };
  for (const auto& [month, c] : m.by_month) row(month, c);
  row("total", m.total);
  return Response::attachment(csv.str(), "text/csv; charset=utf-8",
                              fmt::format("indicateurs-medecin-traitant-{}.csv", today_utc()));
}

}  // namespace

void register_indicator_routes(http::Router& router, db::Database& db,
                               const referential::ReferentialService& referential) {
  using http::Method;
  router.add(Method::get, "/api/cpts/{cpts_id}/mt-indicators", Permission::mt_indicators,
             [&db, &referential](Request& r) { return indicators(db, referential, r); });
  router.add(Method::get, "/api/cpts/{cpts_id}/mt-indicators.csv", Permission::mt_indicators,
             [&db, &referential](Request& r) { return indicators_csv(db, referential, r); });
}

}  // namespace maillage::access
