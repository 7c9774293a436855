// HTTP route of the iCalendar import: a professional's .ics file (or the text of their feed)
// becomes their unscheduled-care slots at one site for the coming weeks; a malformed file is
// refused with its line, and nothing changes.
#include <fmt/format.h>

#include "access/snp_ical.h"
#include "access/snp_ical_sync.h"
#include "access/snp_route_support.h"
#include "access/snp_routes.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/audit_log.h"
#include "platform/http/json_body.h"
#include "platform/time/local_time.h"

namespace maillage::access {
namespace json = boost::json;
using auth::Permission;
using http::Request;
using http::Response;

namespace {

constexpr std::size_t kMaxCalendar = 4 * 1024 * 1024;

Response import_calendar(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"filename", "content", "professional_id", "site_key", "mode", "slot_minutes", "weeks"});
  std::string filename = body.optional_text("filename", 200).value_or("calendrier.ics");
  std::string content = body.file_content("content", kMaxCalendar);
  std::string professional_id = body.text("professional_id", 20), site_key = body.text("site_key", 200);
  auto mode = slot_mode_from_string(body.optional_text("mode", 20).value_or("in_person"));
  if (!mode) body.error("mode", "one_of", "must be in_person or remote");
  int slot_minutes = static_cast<int>(body.integer("slot_minutes", 5, 240, false).value_or(0));
  int weeks = static_cast<int>(body.integer("weeks", 1, 52, false).value_or(12));
  body.finish();
  auto ref = referential.current();
  json::object out = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::snp_slot_publish);
    SlotSite site = publishing_site(c, req, cpts.id, professional_id, site_key);
    IcalWindow window;
    window.from_utc = now_utc_seconds();
    window.until_utc = add_minutes_utc(window.from_utc, weeks * 7 * 24 * 60);
    window.default_time_zone = cpts_time_zone(*ref, cpts);
    window.slot_minutes = slot_minutes;
    std::vector<IcalSlot> slots;
    try {
      slots = read_ical_slots(content, window);
    } catch (const IcalError& e) {
      std::string message = fmt::format("{}:{}: {}", filename, e.line(), e.what());
      http::HttpError error(400, "Calendar refused", message, {{"content", "ical_syntax", message}});
      error.extensions()["line"] = e.line();
      throw error;
    }
    auto report = sync_ical_slots(c, new_slot(*ref, site, cpts.id, *mode, "ical"), slots, window.from_utc);
    auth::append_audit(c, auth::audit_entry(req, "snp_slot.import", "snp_slot", professional_id, cpts.id));
    return json::object{{"filename", filename},         {"from", window.from_utc},
                        {"until", window.until_utc},    {"read", report.read},
                        {"created", report.created},    {"updated", report.updated},
                        {"unchanged", report.unchanged}, {"cancelled", report.cancelled},
                        {"kept_booked", report.kept_booked}, {"skipped", report.skipped}};
  });
  return Response::json(out);
}

}  // namespace

void register_snp_slot_import_routes(http::Router& router, db::Database& db,
                                     const referential::ReferentialService& referential) {
  router.add(http::Method::post, "/api/cpts/{cpts_id}/snp/slot-imports", Permission::snp_slot_publish,
             [&db, &referential](Request& req) { return import_calendar(db, referential, req); });
}

}  // namespace maillage::access
