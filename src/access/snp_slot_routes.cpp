// HTTP routes of unscheduled-care slots: the planning (a week by site), slots published by hand
// or by weekly pattern with exceptions, cancellation of free slots, and the search of the earliest
// suitable slots for a request. No patient appears here: a booked slot names its request only to
// those who may see it.
#include <fmt/format.h>

#include <map>
#include <set>

#include "access/snp_json.h"
#include "access/snp_route_support.h"
#include "access/snp_routes.h"
#include "access/snp_search.h"
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

constexpr std::size_t kMaxPlanningSlots = 5000;
constexpr int kMaxPlanningDays = 31;

std::string date_param(const Request& req, std::string_view name) {
  std::string value = http::text_param(req, name, 10);
  if (value.empty()) throw http::invalid_field(std::string(name), "required", "a date (2026-11-23) is required");
  if (!is_iso_date(value)) throw http::invalid_field(std::string(name), "format", "must be a date (2026-11-23)");
  return value;
}

std::int64_t slot_id_of(const Request& req) {
  std::string text(req.param("slot_id"));
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) {
    throw http::not_found("no resource at " + req.path());
  }
  return std::stoll(text);
}

Response planning(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {"from", "to", "professional_id", "status"});
  std::string from = date_param(req, "from"), to = date_param(req, "to");
  if (to < from) throw http::invalid_field("to", "range", "to is before from");
  if (add_days(from, kMaxPlanningDays - 1) < to) {
    throw http::invalid_field("to", "range", fmt::format("the planning shows at most {} days", kMaxPlanningDays));
  }
  SlotFilter filter;
  filter.professional_id = http::text_param(req, "professional_id", 20);
  if (std::string status = http::text_param(req, "status", 10); !status.empty()) {
    filter.status = slot_status_from_string(status);
    if (!filter.status) throw http::invalid_field("status", "one_of", "must be free, booked or cancelled");
  }
  auto ref = referential.current();
  json::object out = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::snp_planning_view);
    std::string zone = cpts_time_zone(*ref, cpts);
    filter.from_utc = local_to_utc(from + "T00:00", zone);
    filter.until_utc = local_to_utc(add_days(to, 1) + "T00:00", zone);
    auto slots = list_slots(c, cpts.id, filter, kMaxPlanningSlots + 1);
    bool truncated = slots.size() > kMaxPlanningSlots;
    if (truncated) slots.resize(kMaxPlanningSlots);
    std::vector<std::string> booked;
    std::map<std::pair<std::string, std::string>, bool> sites;
    for (const auto& s : slots) {
      if (!s.request_id.empty()) booked.push_back(s.request_id);
      sites[{s.professional_id, s.site_key}] = true;
    }
    auto visible = visible_request_ids(c, viewer_of(c, req, cpts.id), booked);
    std::set<std::string> shown(visible.begin(), visible.end());
    json::array items, site_list;
    for (const auto& s : slots) items.push_back(slot_json(s, shown.count(s.request_id) > 0));
    for (const auto& [key, unused] : sites) {
      auto site = find_slot_site(c, key.first, key.second);
      json::object o{{"professional_id", key.first}, {"site_key", key.second}};
      if (site) {
        o["professional"] = professional_name(site->profession_code, site->first_name, site->last_name);
        o["profession"] = site->profession;
        o["label"] = site->label;
        o["commune"] = site->commune;
      }
      site_list.push_back(std::move(o));
    }
    return json::object{{"time_zone", zone}, {"from", from}, {"to", to}, {"sites", std::move(site_list)},
                        {"items", std::move(items)}, {"total", slots.size()}, {"truncated", truncated}};
  });
  return Response::json(out);
}

SlotMode mode_field(http::JsonBody& body) {
  std::string mode = body.optional_text("mode", 20).value_or("in_person");
  auto m = slot_mode_from_string(mode);
  if (!m) body.error("mode", "one_of", "must be in_person or remote");
  return m.value_or(SlotMode::in_person);
}

Response create_slots(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"professional_id", "site_key", "date", "start", "duration_minutes", "mode", "count"});
  std::string professional_id = body.text("professional_id", 20), site_key = body.text("site_key", 200);
  std::string date = body.text("date", 10), start = body.text("start", 5);
  if (!date.empty() && !is_iso_date(date)) body.error("date", "format", "must be a date (2026-11-23)");
  if (!start.empty() && !is_local_time(start)) body.error("start", "format", "must be a local time HH:MM");
  auto duration = body.integer("duration_minutes", 5, 240, true).value_or(15);
  auto count = body.integer("count", 1, 48, false).value_or(1);
  SlotMode mode = mode_field(body);
  body.finish();
  auto ref = referential.current();
  json::object out = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::snp_slot_publish);
    SlotSite site = publishing_site(c, req, cpts.id, professional_id, site_key);
    std::string zone = cpts_time_zone(*ref, cpts);
    std::string begins = local_to_utc(date + "T" + start, zone);
    if (begins <= now_utc_seconds()) throw http::invalid_field("start", "past", "a slot starts in the future");
    json::array items;
    for (std::int64_t i = 0; i < count; ++i) {
      SnpSlot s = new_slot(*ref, site, cpts.id, mode, "manual");
      s.starts_at = begins;
      s.ends_at = begins = add_minutes_utc(begins, static_cast<int>(duration));
      auto id = insert_slot(c, s);
      if (!id) {
        throw snp_rule_broken("start", {"slot_overlaps", fmt::format("the professional already has a slot starting at {}",
                                                                     utc_to_local(s.starts_at, zone).substr(0, 16))});
      }
      s.id = *id;
      auth::append_audit(c, auth::audit_entry(req, "snp_slot.create", "snp_slot", std::to_string(s.id), cpts.id));
      items.push_back(slot_json(s, false));
    }
    return json::object{{"items", std::move(items)}};
  });
  return Response::json(out, 201);
}

Response cancel_slot(db::Database& db, Request& req) {
  http::allow_only(req, {});
  std::int64_t id = slot_id_of(req);
  db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::snp_slot_publish);
    auto slot = find_slot(c, cpts.id, id);
    if (!slot) throw http::not_found("no resource at " + req.path());
    check_may_publish(c, req, cpts.id, slot->professional_id);
    if (!cancel_free_slot(c, cpts.id, id)) {
      throw snp_rule_broken("slot_id", {slot->status == SlotStatus::booked ? "slot_booked" : "slot_cancelled",
                                        slot->status == SlotStatus::booked
                                            ? "the slot is booked: the request must be re-oriented or cancelled first"
                                            : "the slot is already cancelled"});
    }
    auth::append_audit(c, auth::audit_entry(req, "snp_slot.cancel", "snp_slot", std::to_string(id), cpts.id));
    return 0;
  });
  return Response::empty();
}

json::object pattern_json(const SnpPattern& p) {
  json::array weekdays, exceptions;
  for (int d : p.weekdays) weekdays.emplace_back(d);
  for (const auto& d : p.exceptions) exceptions.emplace_back(d);
  return json::object{{"id", p.id},
                      {"professional_id", p.professional_id},
                      {"site_key", p.site_key},
                      {"mode", to_string(p.mode)},
                      {"weekdays", std::move(weekdays)},
                      {"start_time", p.start_time},
                      {"slot_minutes", p.slot_minutes},
                      {"slot_count", p.slot_count},
                      {"valid_from", p.valid_from},
                      {"valid_until", p.valid_until},
                      {"exceptions", std::move(exceptions)},
                      {"time_zone", p.time_zone},
                      {"created_at", p.created_at},
                      {"created_by", p.created_by}};
}

std::vector<int> weekdays_field(http::JsonBody& body) {
  std::vector<int> out;
  const auto* raw = body.raw("weekdays");
  if (!raw || !raw->is_array() || raw->as_array().empty() || raw->as_array().size() > 7) {
    body.error("weekdays", "required", "a list of 1 to 7 ISO weekdays (1 Monday … 7 Sunday)");
    return out;
  }
  for (const auto& v : raw->as_array()) {
    if (!v.is_int64() || v.as_int64() < 1 || v.as_int64() > 7) {
      body.error("weekdays", "weekday", "each weekday is 1 (Monday) … 7 (Sunday)");
      return {};
    }
    out.push_back(static_cast<int>(v.as_int64()));
  }
  return out;
}

std::vector<std::string> dates_field(http::JsonBody& body, std::string_view field) {
  std::vector<std::string> out;
  const auto* raw = body.raw(field);
  if (!raw || raw->is_null()) return out;
  if (!raw->is_array() || raw->as_array().size() > 400) {
    body.error(std::string(field), "list", "must be a list of dates (2026-12-25)");
    return out;
  }
  for (const auto& v : raw->as_array()) {
    if (!v.is_string() || !is_iso_date(v.as_string())) {
      body.error(std::string(field), "format", "each item must be a date (2026-12-25)");
      return {};
    }
    out.emplace_back(v.as_string());
  }
  return out;
}

Response create_pattern(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"professional_id", "site_key", "mode", "weekdays", "start_time", "slot_minutes",
                            "slot_count", "valid_from", "valid_until", "exceptions"});
  SnpPattern p;
  p.professional_id = body.text("professional_id", 20);
  p.site_key = body.text("site_key", 200);
  p.mode = mode_field(body);
  p.weekdays = weekdays_field(body);
  p.start_time = body.text("start_time", 5);
  p.slot_minutes = static_cast<int>(body.integer("slot_minutes", 5, 240, true).value_or(15));
  p.slot_count = static_cast<int>(body.integer("slot_count", 1, 48, true).value_or(1));
  p.valid_from = body.text("valid_from", 10);
  p.valid_until = body.text("valid_until", 10);
  p.exceptions = dates_field(body, "exceptions");
  body.finish();
  if (auto broken = check_pattern(p)) {
    std::string field = broken->message.substr(0, broken->message.find(':'));
    throw http::invalid_field(field, broken->rule, broken->message);
  }
  auto ref = referential.current();
  json::object out = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::snp_slot_publish);
    SlotSite site = publishing_site(c, req, cpts.id, p.professional_id, p.site_key);
    p.id = auth::random_id();
    p.cpts_id = cpts.id;
    p.time_zone = cpts_time_zone(*ref, cpts);
    p.created_at = current_timestamp_utc();
    p.created_by = auth::caller(req).label;
    insert_pattern(c, p);
    // Slots already past are not published; a start already taken by the professional is skipped.
    std::string now = now_utc_seconds();
    int created = 0, skipped = 0;
    for (const auto& [begins, ends] : expand_pattern(p)) {
      if (begins <= now) continue;
      SnpSlot s = new_slot(*ref, site, cpts.id, p.mode, "pattern");
      s.starts_at = begins;
      s.ends_at = ends;
      s.pattern_id = p.id;
      if (insert_slot(c, s)) ++created;
      else ++skipped;
    }
    auth::append_audit(c, auth::audit_entry(req, "snp_pattern.create", "snp_pattern", p.id, cpts.id));
    return json::object{{"pattern", pattern_json(p)}, {"created", created}, {"skipped", skipped}};
  });
  return Response::json(out, 201);
}

Response list_patterns_route(db::Database& db, Request& req) {
  http::allow_only(req, {});
  db::Lease lease = db.read();
  auto cpts = request_cpts(*lease, req, Permission::snp_planning_view);
  auto patterns = list_patterns(*lease, cpts.id);
  std::vector<std::string> ids;
  for (const auto& p : patterns) ids.push_back(p.professional_id);
  auto labels = professional_labels(*lease, ids);
  json::array items;
  for (const auto& p : patterns) {
    json::object o = pattern_json(p);
    auto label = labels.find(p.professional_id);
    o["professional"] = label == labels.end() ? json::value(nullptr) : json::value(label->second.name);
    items.push_back(std::move(o));
  }
  return Response::json(json::object{{"items", std::move(items)}});
}

Response delete_pattern_route(db::Database& db, Request& req) {
  http::allow_only(req, {});
  db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::snp_slot_publish);
    auto p = find_pattern(c, cpts.id, std::string(req.param("pattern_id")));
    if (!p) throw http::not_found("no resource at " + req.path());
    check_may_publish(c, req, cpts.id, p->professional_id);
    delete_pattern(c, cpts.id, p->id, now_utc_seconds());
    auth::append_audit(c, auth::audit_entry(req, "snp_pattern.delete", "snp_pattern", p->id, cpts.id));
    return 0;
  });
  return Response::empty();
}

/// What a search is for: from a request, or from explicit criteria.
struct SearchCriteria {
  std::string commune_code, profession_code = "10", mode = "any";
  std::optional<Urgency> urgency;
  std::string until;  // set from a request's due time
};

Response search(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {"request_id", "commune_code", "urgency", "profession_code", "mode", "radius_km", "limit"});
  double radius = static_cast<double>(http::integer_param(req, "radius_km", 20, 1, 100));
  auto limit = static_cast<std::size_t>(http::integer_param(req, "limit", 10, 1, 50));
  std::string request_id = http::text_param(req, "request_id", 40);
  auto ref = referential.current();
  json::object out = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::snp_planning_view);
    std::string zone = cpts_time_zone(*ref, cpts), now = now_utc_seconds();
    SearchCriteria q;
    if (!request_id.empty()) {
      if (auth::caller(req).access(Permission::snp_request_view, cpts.id) != auth::Access::granted) {
        throw http::HttpError(403, "Forbidden", "searching for a request needs access to the requests");
      }
      auto viewer = viewer_of(c, req, cpts.id);
      auto r = find_snp_request(c, viewer, request_id);
      if (!r) throw http::invalid_field("request_id", "unknown_request", "no request of yours has this id");
      q.commune_code = r->commune_code;
      q.profession_code = r->profession_code;
      q.mode = r->mode_wanted;
      q.until = r->due_at;
    } else {
      q.commune_code = http::text_param(req, "commune_code", 5);
      q.profession_code = http::text_param(req, "profession_code", 10);
      q.mode = http::text_param(req, "mode", 10);
      if (q.mode.empty()) q.mode = "any";
      auto urgency = urgency_from_string(http::text_param(req, "urgency", 10));
      if (!urgency) throw http::invalid_field("urgency", "one_of", "must be same_day, h24 or h48");
      q.until = due_at(now, *urgency, zone);
    }
    if (q.mode != "any" && !slot_mode_from_string(q.mode)) {
      throw http::invalid_field("mode", "one_of", "must be any, in_person or remote");
    }
    const auto* commune = ref->commune(q.commune_code);
    if (!commune || !commune->coordinates) {
      throw http::invalid_field("commune_code", "unknown_commune", "a commune with a known location is required");
    }
    SlotQuery query{cpts.id, now, q.until, q.profession_code, {}, q.mode != "in_person"};
    double latitude = commune->coordinates->latitude, longitude = commune->coordinates->longitude;
    if (q.mode != "remote") query.cells = cells_around(latitude, longitude, radius);
    // The store reads by start time and stops once it has the first `limit` slots within reach.
    query.enough = limit;
    query.counts = [&](const SnpSlot& s) { return reach(s, latitude, longitude, radius).within; };
    auto ranked = rank_slots(search_free_slots(c, query), latitude, longitude, radius, limit);
    json::array items;
    for (const auto& r : ranked) {
      json::object item{{"slot", slot_json(r.slot, false)},
                        {"distance_km", r.distance_km ? json::value(*r.distance_km) : json::value(nullptr)}};
      if (auto site = find_slot_site(c, r.slot.professional_id, r.slot.site_key)) {
        item["professional"] = json::object{
            {"id", site->professional_id},
            {"name", professional_name(site->profession_code, site->first_name, site->last_name)},
            {"profession", site->profession}};
        item["site"] = json::object{{"key", site->site_key}, {"label", site->label}, {"address", site->address},
                                    {"commune", site->commune}};
      }
      items.push_back(std::move(item));
    }
    return json::object{{"time_zone", zone}, {"until", q.until}, {"radius_km", radius}, {"items", std::move(items)}};
  });
  return Response::json(out);
}

}  // namespace

void register_snp_slot_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential) {
  using http::Method;
  auto with_ref = [&db, &referential](Response (*h)(db::Database&, const referential::ReferentialService&, Request&)) {
    return [&db, &referential, h](Request& r) { return h(db, referential, r); };
  };
  auto bind = [&db](Response (*h)(db::Database&, Request&)) { return [&db, h](Request& r) { return h(db, r); }; };
  router.add(Method::get, "/api/cpts/{cpts_id}/snp/slots", Permission::snp_planning_view, with_ref(planning));
  router.add(Method::post, "/api/cpts/{cpts_id}/snp/slots", Permission::snp_slot_publish, with_ref(create_slots));
  router.add(Method::delete_, "/api/cpts/{cpts_id}/snp/slots/{slot_id}", Permission::snp_slot_publish, bind(cancel_slot));
  router.add(Method::get, "/api/cpts/{cpts_id}/snp/patterns", Permission::snp_planning_view, bind(list_patterns_route));
  router.add(Method::post, "/api/cpts/{cpts_id}/snp/patterns", Permission::snp_slot_publish, with_ref(create_pattern));
  router.add(Method::delete_, "/api/cpts/{cpts_id}/snp/patterns/{pattern_id}", Permission::snp_slot_publish,
             bind(delete_pattern_route));
  router.add(Method::get, "/api/cpts/{cpts_id}/snp/slot-search", Permission::snp_planning_view, with_ref(search));
}

}  // namespace maillage::access
