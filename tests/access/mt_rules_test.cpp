// The médecin-traitant rules: the workflow's transitions and who may make them, the priority
// groups (ages counted on the day of entry), duplicate keys, phone numbers, and whether a doctor's
// census declaration takes a patient.
#include "access/mt_rules.h"

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <map>
#include <set>

namespace maillage::access {
namespace {

using enum MtStatus;

TEST(MtRules, TheWorkflowAllowsExactlyItsTransitions) {
  // (from, to) → who may: coordination only (c), the doctor too (d).
  const std::map<std::pair<MtStatus, MtStatus>, char> allowed = {
      {{nouvelle, qualifiee}, 'c'},      {{nouvelle, sans_solution}, 'c'}, {{nouvelle, abandonnee}, 'c'},
      {{qualifiee, proposee}, 'c'},      {{qualifiee, sans_solution}, 'c'}, {{qualifiee, abandonnee}, 'c'},
      {{proposee, acceptee}, 'd'},       {{proposee, refusee}, 'd'},       {{proposee, abandonnee}, 'c'},
      {{refusee, proposee}, 'c'},        {{refusee, sans_solution}, 'c'},  {{refusee, abandonnee}, 'c'},
      {{acceptee, declaree}, 'd'},       {{acceptee, abandonnee}, 'c'},    {{declaree, cloturee}, 'c'},
      {{sans_solution, qualifiee}, 'c'}, {{sans_solution, abandonnee}, 'c'},
  };
  for (MtStatus from : all_mt_statuses()) {
    for (MtStatus to : all_mt_statuses()) {
      auto rule = allowed.find({from, to});
      auto by_coordination = check_transition(from, to, MtActor::coordination, true, true);
      auto by_doctor = check_transition(from, to, MtActor::doctor, true, true);
      std::string what = fmt::format("{} → {}", to_string(from), to_string(to));
      if (rule == allowed.end()) {
        ASSERT_TRUE(by_coordination) << what;
        EXPECT_EQ(by_coordination->rule, "transition") << what;
        continue;
      }
      EXPECT_FALSE(by_coordination) << what;
      EXPECT_EQ(!by_doctor, rule->second == 'd') << what;
      if (by_doctor) {
        EXPECT_EQ(by_doctor->rule, "actor") << what;
      }
    }
  }
  EXPECT_TRUE(is_final(cloturee) && is_final(abandonnee) && !is_final(sans_solution));
}

TEST(MtRules, ARefusalSaysWhyAndAProposalNamesTheDoctor) {
  EXPECT_EQ(check_transition(proposee, refusee, MtActor::doctor, false, false)->rule, "reason_required");
  EXPECT_EQ(check_transition(qualifiee, proposee, MtActor::coordination, false, false)->rule, "doctor_required");
  EXPECT_FALSE(check_transition(qualifiee, proposee, MtActor::coordination, false, true));
}

TEST(MtRules, AgesAreWholeYearsOnTheDayOfEntry) {
  EXPECT_EQ(age_on("1956-11-23", "2026-11-22"), 69);
  EXPECT_EQ(age_on("1956-11-23", "2026-11-23"), 70);
  EXPECT_EQ(age_on("2008-02-29", "2026-02-28"), 17);
  EXPECT_EQ(age_on("2008-02-29", "2026-03-01"), 18);
  EXPECT_EQ(priority_groups({}, 70), std::vector<std::string>{"age_70"});
  EXPECT_EQ(priority_groups({}, 17), std::vector<std::string>{"child"});
  EXPECT_TRUE(priority_groups({}, 18).empty());
  PriorityFlags flags;
  flags.ald = flags.disability = true;
  EXPECT_EQ(priority_groups(flags, 40), (std::vector<std::string>{"ald", "disability"}));
}

TEST(MtRules, TheSamePersonIsFoundWhateverTheAccentsOrCase) {
  EXPECT_EQ(person_key("LEFÈVRE", "Élodie", "1980-01-02"), person_key("Lefevre", "elodie", "1980-01-02"));
  EXPECT_NE(person_key("Lefèvre", "Élodie", "1980-01-02"), person_key("Lefèvre", "Élodie", "1980-01-03"));
  EXPECT_NE(person_key("Lefèvre", "Élodie", "1980-01-02"), person_key("Lefèvre", "Elise", "1980-01-02"));
}

TEST(MtRules, PhoneNumbersAreFrenchNumbers) {
  EXPECT_EQ(normalize_phone("06 12 34 56 78"), "0612345678");
  EXPECT_EQ(normalize_phone("04.91.00.00.01"), "0491000001");
  EXPECT_EQ(normalize_phone("+33 6 12 34 56 78"), "+33612345678");
  for (const char* bad : {"12", "0012345678", "06 12 34 56 7", "06-12-34-56-78-90", "06 12 34 56 7a", "+33 06 12 34 56 78"}) {
    EXPECT_FALSE(normalize_phone(bad)) << bad;
  }
}

TEST(MtRules, ADeclarationTakesThePatientsItsCriteriaAllow) {
  MtRequest patient;
  patient.age_at_entry = 45;
  patient.commune_code = "13201";
  const std::string today = "2026-11-23";
  EXPECT_EQ(check_census_fit(std::nullopt, patient, today)->rule, "census_missing");
  CensusEntry e;
  e.accepts = true;
  e.valid_until = today;
  EXPECT_FALSE(check_census_fit(e, patient, today));  // valid through its last day
  e.valid_until = "2026-11-22";
  EXPECT_EQ(check_census_fit(e, patient, today)->rule, "census_expired");
  e.valid_until = "2027-01-01";
  e.accepts = false;
  EXPECT_EQ(check_census_fit(e, patient, today)->rule, "census_not_accepting");
  e.accepts = true;
  e.places = 0;
  EXPECT_EQ(check_census_fit(e, patient, today)->rule, "census_full");
  e.places = 3;
  e.priority_only = true;
  EXPECT_EQ(check_census_fit(e, patient, today)->rule, "census_priority_only");
  patient.flags.precarity = true;
  EXPECT_FALSE(check_census_fit(e, patient, today));
  e.age_min = 50;
  EXPECT_EQ(check_census_fit(e, patient, today)->rule, "census_age");
  e.age_min = 18;
  e.age_max = 45;
  EXPECT_FALSE(check_census_fit(e, patient, today));  // bounds included
  e.communes = {"13207"};
  EXPECT_EQ(check_census_fit(e, patient, today)->rule, "census_commune");
  e.communes.push_back("13201");
  EXPECT_FALSE(check_census_fit(e, patient, today));
}

TEST(MtRules, DelaysCountLocalDaysFromTheDayTheStatusWasEntered) {
  MtSettings settings;
  settings.delay_days = {{nouvelle, 2}};
  MtRequest r;
  r.status = nouvelle;
  // 23:30 UTC on 1 January is already 2 January in Paris, still 1 January in Guadeloupe; the
  // request is due two days after, and overdue the day after that.
  r.status_since = "2026-01-01T23:30:00.250Z";
  EXPECT_EQ(due_on(r, settings, "Europe/Paris"), "2026-01-04");
  EXPECT_EQ(due_on(r, settings, "America/Guadeloupe"), "2026-01-03");
  EXPECT_FALSE(is_overdue(r, settings, {"2026-01-04", "Europe/Paris"}));
  EXPECT_TRUE(is_overdue(r, settings, {"2026-01-05", "Europe/Paris"}));
  EXPECT_TRUE(is_overdue(r, settings, {"2026-01-04", "America/Guadeloupe"}));
  r.status = acceptee;  // no delay
  EXPECT_EQ(due_on(r, settings, "Europe/Paris"), "");
  EXPECT_FALSE(is_overdue(r, settings, {"2030-01-01", "Europe/Paris"}));
}

TEST(MtRules, TheStoresOverdueInstantAgreesWithTheRuleAroundMidnight) {
  MtSettings settings;
  settings.delay_days = {{nouvelle, 7}};
  MtRequest r;
  r.status = nouvelle;
  for (const char* zone : {"Europe/Paris", "Pacific/Wallis", "Pacific/Tahiti", "Indian/Reunion"}) {
    LocalDay today{"2026-03-30", zone};  // the day after Paris's spring change of time
    std::string before = overdue_before(today, 7);
    EXPECT_EQ(before.size(), 24u) << before;  // milliseconds, like status_since
    // A status entered just before that instant is overdue; at it or after, not yet.
    for (int offset : {-1, 0, 1}) {
      r.status_since = add_minutes_utc(before.substr(0, 19) + "Z", offset).substr(0, 19) + ".000Z";
      EXPECT_EQ(is_overdue(r, settings, today), r.status_since < before) << zone << " " << r.status_since;
    }
  }
  EXPECT_EQ(overdue_before({"2026-03-30", "Europe/Paris"}, 7), "2026-03-22T23:00:00.000Z");  // CET then
  EXPECT_EQ(overdue_before({"2026-04-06", "Europe/Paris"}, 7), "2026-03-29T22:00:00.000Z");  // CEST
  EXPECT_EQ(overdue_before({"2026-04-06", "Pacific/Wallis"}, 1), "2026-04-04T12:00:00.000Z");
}

}  // namespace
}  // namespace maillage::access
