// HTTP routes of the unscheduled-care indicators (counts only, no identity: coordinators, funders
// and administrators): JSON or CSV by week for a period of local dates, and the weekly summary
// for the SAS (service d'accès aux soins) by professional, as CSV.
#include <fmt/format.h>

#include <limits>

#include "access/snp_indicators.h"
#include "access/snp_route_support.h"
#include "access/snp_routes.h"
#include "platform/csv/csv_writer.h"
#include "platform/http/params.h"
#include "platform/time/local_time.h"
#include "platform/util/time.h"

namespace maillage::access {
namespace json = boost::json;
using auth::Permission;
using http::Request;
using http::Response;

namespace {

constexpr int kDefaultDays = 28, kMaxDays = 366;

/// A period of local dates, inclusive.
struct Period {
  std::string from, to;
};

std::string optional_date(const Request& req, std::string_view name) {
  std::string value = http::text_param(req, name, 10);
  if (!value.empty() && !is_iso_date(value)) {
    throw http::invalid_field(std::string(name), "format", "must be a date (2026-11-23)");
  }
  return value;
}

/// `from` and `to` of the query (default: the last 28 days up to today in `zone`), at most 366 days.
Period read_period(const Request& req, const std::string& zone) {
  Period p{optional_date(req, "from"), optional_date(req, "to")};
  if (p.to.empty()) p.to = p.from.empty() ? utc_to_local(now_utc_seconds(), zone).substr(0, 10) : add_days(p.from, kDefaultDays - 1);
  if (p.from.empty()) p.from = add_days(p.to, -(kDefaultDays - 1));
  if (p.to < p.from) throw http::invalid_field("to", "range", "to is before from");
  if (add_days(p.from, kMaxDays - 1) < p.to) {
    throw http::invalid_field("to", "range", fmt::format("the indicators cover at most {} days", kMaxDays));
  }
  return p;
}

/// The indicators of the CPTS of the path over `period` (local dates in `zone`).
SnpIndicators indicators_of(db::Connection& c, const territory::Cpts& cpts, const std::string& zone,
                            const Period& period) {
  SnpIndicatorInput in{period.from, period.to, zone, {}, {}, {}};
  std::string from_utc = local_to_utc(period.from + "T00:00", zone);
  std::string until_utc = local_to_utc(add_days(period.to, 1) + "T00:00", zone);
  in.requests = requests_entered(c, cpts.id, from_utc, until_utc);
  in.slots = list_slots(c, cpts.id, {from_utc, until_utc, {}, std::nullopt}, std::numeric_limits<std::int64_t>::max());
  in.labels = professional_labels(c, snp_indicator_professionals(in.requests, in.slots));
  return compute_snp_indicators(in);
}

json::value share_json(const std::optional<double>& v) { return v ? json::value(*v) : json::value(nullptr); }

json::object counts_json(const std::vector<std::pair<std::string, int>>& counts) {
  json::object out;
  for (const auto& [key, n] : counts) out[key] = n;
  return out;
}

json::object window_json(const WindowCount& w) {
  return {{"oriented", w.oriented}, {"within", w.within}, {"share", share_json(w.share())}};
}

json::object indicators_json(const Period& period, const std::string& zone, const SnpIndicators& m) {
  json::array by_source_urgency;
  for (const auto& [key, n] : m.by_source_urgency) {
    by_source_urgency.push_back(json::object{{"source", key.first}, {"urgency", key.second}, {"count", n}});
  }
  json::object within = window_json(m.within);
  json::object within_by_urgency;
  for (const auto& [urgency, w] : m.within_by_urgency) within_by_urgency[urgency] = window_json(w);
  within["by_urgency"] = std::move(within_by_urgency);
  json::array weeks;
  for (const auto& w : m.weeks) {
    weeks.push_back(json::object{{"week", w.week},         {"published", w.published}, {"booked", w.booked},
                                 {"requests", w.requests}, {"oriented", w.oriented},   {"within", w.within}});
  }
  json::array professionals;
  for (const auto& p : m.professionals) {
    professionals.push_back(json::object{{"id", p.id},
                                         {"name", p.name},
                                         {"profession", p.profession},
                                         {"published", p.published},
                                         {"booked", p.booked},
                                         {"oriented_by_regulation", p.regulation},
                                         {"seen", p.seen}});
  }
  return {{"from", period.from},
          {"to", period.to},
          {"time_zone", zone},
          {"requests", json::object{{"total", m.requests},
                                    {"by_status", counts_json(m.by_status)},
                                    {"by_source", counts_json(m.by_source)},
                                    {"by_urgency", counts_json(m.by_urgency)},
                                    {"by_source_urgency", std::move(by_source_urgency)},
                                    {"by_orientation", counts_json(m.by_orientation)},
                                    {"by_outcome", counts_json(m.by_outcome)}}},
          {"within_window", std::move(within)},
          {"slots", json::object{{"published", m.published},
                                 {"booked", m.booked},
                                 {"cancelled", m.cancelled},
                                 {"use_rate", share_json(m.use_rate)}}},
          {"weeks", std::move(weeks)},
          {"professionals", std::move(professionals)}};
}

/// One line per week, then the period's total.
std::string weeks_csv(const SnpIndicators& m) {
  csv::CsvWriter csv;
  csv.row({"semaine", "créneaux publiés", "créneaux réservés", "demandes", "demandes orientées",
           "orientées dans le délai"});
  for (const auto& w : m.weeks) {
    csv.row({w.week, std::int64_t{w.published}, std::int64_t{w.booked}, std::int64_t{w.requests},
             std::int64_t{w.oriented}, std::int64_t{w.within}});
  }
  csv.row({"total", std::int64_t{m.published}, std::int64_t{m.booked}, std::int64_t{m.requests},
           std::int64_t{m.within.oriented}, std::int64_t{m.within.within}});
  return csv.str();
}

Response indicators(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {"from", "to", "format"});
  std::string format = http::text_param(req, "format", 10);
  if (!format.empty() && format != "json" && format != "csv") {
    throw http::invalid_field("format", "one_of", "must be json or csv");
  }
  auto ref = referential.current();
  db::Lease lease = db.read();
  auto cpts = request_cpts(*lease, req, Permission::snp_indicators);
  std::string zone = cpts_time_zone(*ref, cpts);
  Period period = read_period(req, zone);
  SnpIndicators m = indicators_of(*lease, cpts, zone, period);
  if (format == "csv") {
    return Response::attachment(weeks_csv(m), "text/csv; charset=utf-8",
                                fmt::format("indicateurs-snp-{}-{}.csv", period.from, period.to));
  }
  return Response::json(indicators_json(period, zone, m));
}

Response sas_summary(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {"week"});
  std::string week = http::text_param(req, "week", 8);
  auto ref = referential.current();
  db::Lease lease = db.read();
  auto cpts = request_cpts(*lease, req, Permission::snp_indicators);
  std::string zone = cpts_time_zone(*ref, cpts);
  // By default, the last whole week.
  if (week.empty()) week = iso_week_of(add_days(utc_to_local(now_utc_seconds(), zone).substr(0, 10), -7));
  auto monday = monday_of_iso_week(week);
  if (!monday) throw http::invalid_field("week", "format", "must be an ISO week (2026-W48)");
  SnpIndicators m = indicators_of(*lease, cpts, zone, {*monday, add_days(*monday, 6)});
  csv::CsvWriter csv;
  csv.row({"rpps", "nom", "profession", "créneaux publiés", "créneaux réservés",
           "demandes orientées par la régulation", "patients vus"});
  for (const auto& p : m.professionals) {
    csv.row({rpps_of(p.id), p.name, p.profession, std::int64_t{p.published}, std::int64_t{p.booked},
             std::int64_t{p.regulation}, std::int64_t{p.seen}});
  }
  return Response::attachment(csv.str(), "text/csv; charset=utf-8", fmt::format("synthese-sas-{}.csv", week));
}

}  // namespace

void register_snp_indicator_routes(http::Router& router, db::Database& db,
                                   const referential::ReferentialService& referential) {
  using http::Method;
  router.add(Method::get, "/api/cpts/{cpts_id}/snp/indicators", Permission::snp_indicators,
             [&db, &referential](Request& r) { return indicators(db, referential, r); });
  router.add(Method::get, "/api/cpts/{cpts_id}/snp/sas-summary", Permission::snp_indicators,
             [&db, &referential](Request& r) { return sas_summary(db, referential, r); });
}

}  // namespace maillage::access
