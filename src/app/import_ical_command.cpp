// `maillage import ical FILE --cpts NAME --professional ID --site KEY`: a professional's iCalendar
// (.ics) slots at one site for the coming weeks — the way to follow an agenda's feed without the
// server fetching URLs: a scheduled job downloads the feed, then runs this command (re-imports
// change only what changed; booked slots are kept). A malformed file prints FILE:LINE and changes
// nothing.
#include <fmt/format.h>

#include <memory>

#include "access/snp_ical.h"
#include "access/snp_ical_sync.h"
#include "access/snp_route_support.h"
#include "access/snp_store.h"
#include "app/cli_audit.h"
#include "app/commands.h"
#include "app/database_setup.h"
#include "platform/auth/audit_log.h"
#include "platform/time/local_time.h"
#include "referential/referential.h"
#include "territory/cpts_clock.h"
#include "territory/cpts_store.h"

namespace maillage::app {
namespace {

struct IcalOptions {
  std::string db = kDefaultDatabase;
  std::string file, cpts, professional, site, mode = "in_person";
  int slot_minutes = 0, weeks = 12;
};

void import_ical(const IcalOptions& o) {
  std::string text = read_text_file(o.file);
  auto mode = access::slot_mode_from_string(o.mode);
  if (!mode) throw std::runtime_error("--mode must be in_person or remote");
  auto database = open_and_migrate(o.db);
  referential::ReferentialService referential(*database);
  referential.reload();
  auto ref = referential.current();
  auto report = db::with_transaction(*database, [&](db::Connection& c) {
    auto cpts = territory::find_cpts_by_name(c, o.cpts);
    if (!cpts) throw std::runtime_error(fmt::format("no CPTS is named '{}'", o.cpts));
    auto site = access::find_slot_site(c, o.professional, o.site);
    if (!site) throw std::runtime_error(fmt::format("the directory has no site '{}' for {}", o.site, o.professional));
    access::IcalWindow window;
    window.from_utc = now_utc_seconds();
    window.until_utc = add_minutes_utc(window.from_utc, o.weeks * 7 * 24 * 60);
    window.default_time_zone = territory::cpts_time_zone(*ref, *cpts);
    window.slot_minutes = o.slot_minutes;
    std::vector<access::IcalSlot> slots;
    try {
      slots = access::read_ical_slots(text, window);
    } catch (const access::IcalError& e) {
      throw std::runtime_error(fmt::format("{}:{}: {}; nothing was imported", o.file, e.line(), e.what()));
    }
    access::mark_site_snp(c, site->professional_id, site->site_key);
    auto r = access::sync_ical_slots(c, access::new_slot(*ref, *site, cpts->id, *mode, "ical"), slots, window.from_utc);
    auth::append_audit(c, cli_audit_entry("snp_slot.import", "snp_slot", o.professional, cpts->id, "command line"));
    return r;
  });
  database->close();
  fmt::print("{}: {} slot(s) read; {} created, {} moved, {} unchanged, {} cancelled, {} booked kept, {} skipped\n",
             o.file, report.read, report.created, report.updated, report.unchanged, report.cancelled,
             report.kept_booked, report.skipped);
}

}  // namespace

void add_ical_import_command(CLI::App& import) {
  auto o = std::make_shared<IcalOptions>();
  auto* cmd = import.add_subcommand(
      "ical", "Import a professional's unscheduled-care slots from an iCalendar (.ics) file or downloaded feed");
  cmd->add_option("file", o->file, "The .ics file")->required();
  cmd->add_option("--db", o->db, "Database: SQLite file path")->capture_default_str();
  cmd->add_option("--cpts", o->cpts, "The CPTS (its name)")->required();
  cmd->add_option("--professional", o->professional, "The professional's national id (8 + RPPS)")->required();
  cmd->add_option("--site", o->site, "The practice site's key in the directory")->required();
  cmd->add_option("--mode", o->mode, "in_person or remote")->capture_default_str();
  cmd->add_option("--slot-minutes", o->slot_minutes, "Cut longer events into slots of this length (5-240)")
      ->check(CLI::Range(0, 240));
  cmd->add_option("--weeks", o->weeks, "How many weeks ahead to read (1-52)")->check(CLI::Range(1, 52))->capture_default_str();
  cmd->callback([o] { import_ical(*o); });
}

}  // namespace maillage::app
