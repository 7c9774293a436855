#include "access/snp_route_support.h"

#include <algorithm>

#include "access/snp_json.h"
#include "platform/auth/access_control.h"
#include "platform/time/local_time.h"

namespace maillage::access {

SnpRequest visible_snp_request(db::Connection& c, const Viewer& viewer, const http::Request& req) {
  auto r = find_snp_request(c, viewer, std::string(req.param("request_id")));
  if (!r) throw http::not_found("no resource at " + req.path());
  return *r;
}

std::vector<SnpAction> snp_actions_for(const Viewer& viewer, const SnpRequest& r) {
  bool author = !viewer.user_id.empty() && viewer.user_id == r.referrer_user_id;
  bool doctor = !viewer.professional_id.empty() && viewer.professional_id == r.slot_professional_id;
  std::vector<SnpAction> out;
  for (SnpAction a : open_actions(r.status)) {
    if (viewer.coordination || author || (doctor && a == SnpAction::outcome)) out.push_back(a);
  }
  return out;
}

void check_may(const Viewer& viewer, const SnpRequest& r, SnpAction action) {
  if (auto broken = check_action(r.status, action)) throw snp_rule_broken("status", *broken);
  auto allowed = snp_actions_for(viewer, r);
  if (std::find(allowed.begin(), allowed.end(), action) == allowed.end()) {
    throw http::HttpError(403, "Forbidden",
                          "only the coordination and the request's author may do this (the professional whose slot "
                          "was booked may record the outcome)");
  }
}

void check_may_publish(db::Connection& c, const http::Request& req, const std::string& cpts_id,
                       const std::string& professional_id) {
  const auto& caller = auth::caller(req);
  if (is_coordinator(caller, cpts_id)) return;
  if (caller.kind == auth::Principal::Kind::user && professional_of_user(c, caller.id) == professional_id) return;
  throw http::HttpError(403, "Forbidden",
                        "a member publishes slots for the professional their account is; the coordination for anyone");
}

SlotSite publishing_site(db::Connection& c, const http::Request& req, const std::string& cpts_id,
                         const std::string& professional_id, const std::string& site_key) {
  check_may_publish(c, req, cpts_id, professional_id);
  auto site = find_slot_site(c, professional_id, site_key);
  if (!site) throw http::invalid_field("site_key", "unknown_site", "the directory has no such practice site for this professional");
  mark_site_snp(c, professional_id, site_key);
  return *site;
}

SnpSlot new_slot(const referential::Referential& ref, const SlotSite& site, const std::string& cpts_id, SlotMode mode,
                 const std::string& origin) {
  SnpSlot s;
  s.cpts_id = cpts_id;
  s.professional_id = site.professional_id;
  s.profession_code = site.profession_code;
  s.site_key = site.site_key;
  s.commune_code = site.commune_code;
  if (const auto* commune = ref.commune(site.commune_code); commune && commune->coordinates) {
    s.latitude = commune->coordinates->latitude;
    s.longitude = commune->coordinates->longitude;
  }
  s.mode = mode;
  s.origin = origin;
  s.status = SlotStatus::free;
  s.created_at = now_utc_seconds();
  return s;
}

http::HttpError snp_rule_broken(const std::string& field, const SnpBroken& broken) {
  return http::HttpError(409, "Unscheduled-care rule broken", broken.message, {{field, broken.rule, broken.message}});
}

std::optional<BookedSlot> booked_slot_of(db::Connection& c, const SnpRequest& r) {
  if (!r.slot_id) return std::nullopt;
  auto slot = find_slot(c, r.cpts_id, *r.slot_id);
  if (!slot) return std::nullopt;
  return BookedSlot{*slot, find_slot_site(c, slot->professional_id, slot->site_key)};
}

boost::json::object snp_request_detail(db::Connection& c, const referential::Referential& ref,
                                       const territory::Cpts& cpts, const Viewer& viewer, const SnpRequest& r,
                                       bool with_timeline) {
  auto out = snp_request_json(ref, r, booked_slot_of(c, r), now_utc_seconds());
  out["time_zone"] = cpts_time_zone(ref, cpts);
  boost::json::array actions;
  for (SnpAction a : snp_actions_for(viewer, r)) actions.emplace_back(to_string(a));
  out["actions"] = std::move(actions);
  if (with_timeline) {
    boost::json::array timeline;
    for (const auto& e : list_snp_events(c, r.id)) timeline.push_back(snp_event_json(e));
    out["timeline"] = std::move(timeline);
  }
  return out;
}

}  // namespace maillage::access
