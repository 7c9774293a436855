// The FHIR searches stay fast on a national directory: every statement a filtered search runs
// finds its rows through an index (SQLite's query plan has no full scan of a directory table), so
// does the SAS search of slots (one walk per professional of their slots by start), and the SQL
// folding that the name indexes use is exactly text::fold.
#include "fhir/store.h"

#include <gtest/gtest.h>

#include "app/database_setup.h"
#include "fhir/ids.h"
#include "fhir/slot_store.h"
#include "platform/util/text.h"
#include "support/referential_fixture.h"
#include "support/server_process.h"

namespace maillage::fhir {
namespace {

// A connection that records the SQL it prepares and hands everything to the real one.
class RecordingConnection final : public db::Connection {
 public:
  explicit RecordingConnection(db::Connection& inner) : inner_(inner) {}
  db::Statement& prepare(std::string_view sql) override {
    statements.emplace_back(sql);
    return inner_.prepare(sql);
  }
  void execute_script(std::string_view sql) override { inner_.execute_script(sql); }
  void begin() override { inner_.begin(); }
  void commit() override { inner_.commit(); }
  void rollback() override { inner_.rollback(); }
  bool in_transaction() const override { return inner_.in_transaction(); }

  std::vector<std::string> statements;

 private:
  db::Connection& inner_;
};

class FhirStore : public ::testing::Test {
 protected:
  void SetUp() override {
    db = app::open_and_migrate((dir / "fhir.db").string());
    cities = std::make_unique<CityIndex>(*testing::fixture_referential());
  }

  // The full scans in the plans of the statements `search` runs with `target`'s parameters.
  std::vector<std::string> full_scans(const std::string& type, const std::string& target) {
    http::Request request(http::Method::get, target);
    SearchRequest search = parse_search(request, type);
    db::Lease lease = db->read();
    RecordingConnection c(*lease);
    if (type == "Practitioner") {
      search_practitioners(c, search, *cities);
    } else if (type == "PractitionerRole") {
      search_roles(c, search);
    } else if (type == "Location") {
      search_locations(c, search, *cities);
    } else {
      search_structures(c, search, *cities);
    }
    std::vector<std::string> scans;
    for (const auto& sql : c.statements) {
      auto& plan = lease->prepare("EXPLAIN QUERY PLAN " + sql);
      while (plan.step()) {
        std::string detail = plan.text(3);
        bool json_list = detail.starts_with("SCAN j ") || detail.starts_with("SCAN json_each");
        if (detail.starts_with("SCAN ") && !json_list) scans.push_back(detail + " in " + sql);
      }
    }
    return scans;
  }

  testing::TempDir dir;
  std::unique_ptr<db::Database> db;
  std::unique_ptr<CityIndex> cities;
};

TEST_F(FhirStore, EveryFilteredSearchUsesIndexes) {
  const std::vector<std::pair<std::string, std::string>> searches = {
      {"Practitioner", "?_id=810001045367"},
      {"Practitioner", "?identifier=urn:oid:1.2.250.1.71.4.2.1%7C810001045367"},
      {"Practitioner", "?name=mar,dur"},
      {"Practitioner", "?family=martin"},
      {"Practitioner", "?given=helene"},
      {"Practitioner", "?address-city=marseille"},
      {"Practitioner", "?address-postalcode=13002"},
      {"Practitioner", "?family=martin&address-city=avignon"},
      {"Practitioner", "?family=martin,durand&given=marie,anne"},
      {"Practitioner", "?family=dub&given=mar"},
      {"PractitionerRole", "?_id=810001045367-0123456789abcdef"},
      {"PractitionerRole", "?practitioner=Practitioner/810001045367"},
      {"PractitionerRole", "?role=10"},
      {"PractitionerRole", "?role=10&specialty=SM54"},
      {"PractitionerRole", "?specialty=SM54"},
      {"PractitionerRole", "?organization=130000001"},
      {"PractitionerRole", "?location=Location/810001045367-0123456789abcdef"},
      {"Organization", "?_id=130000001"},
      {"Organization", "?identifier=130000001"},
      {"Organization", "?name=msp"},
      {"Organization", "?type=603"},
      {"Organization", "?address-city=marseille"},
      {"Organization", "?address-postalcode=13"},
      {"Organization", "?name=msp,pharm&address-postalcode=13,84"},
      {"Location", "?_id=130000001,810001045367-0123456789abcdef"},
      {"Location", "?address-city=marseille"},
      {"Location", "?address-postalcode=13"},
      {"Location", "?address-postalcode=13,84"},
      {"Location", "?organization=130000001"},
      {"HealthcareService", "?name=msp"},
      {"HealthcareService", "?organization=130000001"},
      {"HealthcareService", "?location=130000001"},
      {"HealthcareService", "?service-type=603"},
  };
  for (const auto& [type, query] : searches) {
    auto scans = full_scans(type, "/fhir/" + type + query);
    EXPECT_TRUE(scans.empty()) << type << query << ": " << scans.front();
  }
}

TEST_F(FhirStore, TheSlotSearchAndTheScheduleReadWalkTheProfessionalsIndex) {
  http::Request request(http::Method::get,
                        "/fhir/Slot?schedule.actor:Practitioner.identifier=810001045367,810001045368"
                        "&start=ge2026-11-24&start=le2026-11-30&status=free,busy&_id=1,2");
  db::with_transaction(*db, [](db::Connection& c) {  // one match, so that the page is read too
    c.execute("INSERT INTO cpts (id, name, created_at) VALUES ('c', 'C', '2026-01-01T00:00:00Z')");
    c.execute(
        "INSERT INTO snp_slots (id, cpts_id, professional_id, profession_code, site_key, commune_code, cell,"
        " starts_at, ends_at, mode, origin, status, created_at) VALUES (1, 'c', '810001045367', '10', 'S', '13202',"
        " 1, '2026-11-25T08:00:00Z', '2026-11-25T08:20:00Z', 'in_person', 'manual', 'free', '2026-01-01T00:00:00Z')");
  });
  for (bool by_id : {false, true}) {
    SlotQuery query = read_slot_query(parse_search(request, "Slot"), 0);
    if (!by_id) query.slot_ids.reset();
    db::Lease lease = db->read();
    RecordingConnection c(*lease);
    search_slots(c, query, 20, 0);
    read_schedule(c, site_resource_id("810001045367", "S"));
    ASSERT_EQ(c.statements.size(), 4u);  // count, page, the practitioner, the Schedule's sites
    for (const auto& sql : c.statements) {
      auto& plan = lease->prepare("EXPLAIN QUERY PLAN " + sql);
      std::string details;
      while (plan.step()) details += plan.text(3) + "; ";
      EXPECT_EQ(details.find("SCAN s "), std::string::npos) << details << " in " << sql;
      EXPECT_EQ(details.find("SCAN snp_slots"), std::string::npos) << details << " in " << sql;
      // By professional and start; with `_id`, SQLite may rather look the ids up (as good).
      bool indexed = details.find("(professional_id=?") != std::string::npos ||
                     (by_id && details.find("SEARCH s USING INTEGER PRIMARY KEY (rowid=?)") != std::string::npos);
      EXPECT_TRUE(indexed) << details << " in " << sql;
    }
  }
}

TEST_F(FhirStore, TheSqlFoldingIsTextFold) {
  db::Lease lease = db->read();
  for (std::string s :
       {"MARTIN", "Hélène", "Jean-François", "L'Haÿ-les-Roses", "ŒUVRE  Ç’est", "  Dupont - Durand "}) {
    auto& st = lease->query("SELECT maillage_fold(?)", s);
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.text(0), text::fold(s)) << s;
  }
}

}  // namespace
}  // namespace maillage::fhir
