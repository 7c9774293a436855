// The directory's search tables: an existing directory whose search tables a migration recreated
// (0014, 0015) is searchable again as soon as the program opens the database, without a re-import.
#include "directory/search_index.h"

#include <gtest/gtest.h>

#include "app/database_setup.h"
#include "platform/db/migrations.h"
#include "support/server_process.h"

namespace maillage::directory {
namespace {

std::int64_t count(db::Database& db, const std::string& sql) {
  db::Lease lease = db.read();
  auto& st = lease->query(sql);
  st.step();
  return st.int64(0);
}

TEST(SearchIndex, TablesRecreatedByAMigrationAreRebuiltWhenTheDatabaseOpens) {
  testing::TempDir dir;
  std::string file = (dir.path() / "directory.db").string();
  {
    // The schema as it was before migration 0014, with a directory imported.
    auto db = db::open_database(file);
    std::vector<db::Migration> before;
    for (const auto& m : db::all_migrations()) {
      if (m.version < 14) before.push_back(m);
    }
    db::apply_migrations(*db, before);
    db::with_transaction(*db, [](db::Connection& c) {
      c.execute("INSERT INTO professionals (national_id, id_type, identifier, last_name, first_name, profession_code,"
                " profession, created_at, updated_at) VALUES ('810000000001', '8', '10000000001', 'LEFÈVRE', 'Élodie',"
                " '70', 'Masseur-kinésithérapeute', '2026-01-01', '2026-01-01')");
      c.execute("INSERT INTO practice_sites (professional_id, site_key, commune_code, postcode, last_import, created_at,"
                " updated_at) VALUES ('810000000001', 'S1', '13202', '13002', 'i', '2026-01-01', '2026-01-01')");
    });
  }
  auto db = app::open_and_migrate(file);  // applies 0014, then finds the search tables empty
  EXPECT_EQ(count(*db, "SELECT count(*) FROM professionals_text WHERE professionals_text MATCH "
                       "'names : \"lef\"* AND codes : \"_p70\"'"),
            1);
  EXPECT_EQ(count(*db, "SELECT count(*) FROM directory_labels WHERE kind = 'profession' AND code = '70'"
                       " AND label = 'Masseur-kinésithérapeute'"),
            1);
  EXPECT_EQ(count(*db, "SELECT count(*) FROM directory_places WHERE commune_code = '13202' AND profession_code = '70'"), 1);
  // Opening again changes nothing.
  db.reset();
  db = app::open_and_migrate(file);
  EXPECT_EQ(count(*db, "SELECT count(*) FROM professionals_text"), 1);
}

const std::vector<SearchLabel> kLabels = {
    {.profession = true, .code = "70", .profession_code = "70", .words = {"masseur", "kinesitherapeute"}},
    {.profession = true, .code = "10", .profession_code = "10", .words = {"medecin"}},
    {.profession = false, .code = "SM54", .profession_code = "10", .words = {"medecine", "generale"}},
};

std::string query_of(const std::string& typed, const std::string& profession = {}, const std::string& specialty = {}) {
  return fts_query(search_words(typed, kLabels), profession, specialty);
}

TEST(SearchIndex, TypedWordsAreNamePrefixesOrTheCodesOfTheLabelsTheyStart) {
  EXPECT_EQ(query_of("kiné  d'Arc"),
            "(names : \"kine\"* OR codes : (\"_p70\")) AND names : \"d\"* AND names : \"arc\"*");
  // "medecin" starts a word of a profession and of a specialty (of médecins).
  auto words = search_words("Médecin", kLabels);
  ASSERT_EQ(words.size(), 1u);
  EXPECT_EQ(words[0].professions, (std::set<std::string>{"10"}));
  EXPECT_EQ(words[0].specialties, (std::set<std::string>{"SM54"}));
  EXPECT_EQ(words[0].carriers, (std::set<std::string>{"10"}));
  EXPECT_EQ(fts_query(words, "", ""), "(names : \"medecin\"* OR codes : (\"_p10\" OR \"_ssm54\"))");
  // No FTS syntax gets through; codes that cannot be codes match nothing.
  EXPECT_EQ(query_of("\"x\" OR *"), "names : \"x\"* AND names : \"or\"*");
  EXPECT_EQ(query_of("", "70", "SM54"), "codes : \"_p70\" AND codes : \"_ssm54\"");
  EXPECT_EQ(query_of("", "\"; --"), "codes : \"_none\"");
  EXPECT_EQ(query_of(""), "");
}

}  // namespace
}  // namespace maillage::directory
