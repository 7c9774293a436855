// The directory's search tables: an existing directory whose search tables a migration recreated
// (0014) is searchable again as soon as the program opens the database, without a re-import.
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
                       "'{names profession places} : (\"kine\"*) AND communes : (\"c13202\")'"),
            1);
  EXPECT_EQ(count(*db, "SELECT count(*) FROM directory_places WHERE commune_code = '13202' AND profession_code = '70'"), 1);
  // Opening again changes nothing.
  db.reset();
  db = app::open_and_migrate(file);
  EXPECT_EQ(count(*db, "SELECT count(*) FROM professionals_text"), 1);
}

TEST(SearchIndex, TypedWordsBecomeQuotedPrefixesOfTheTextColumns) {
  EXPECT_EQ(fts_query("kiné  d'Arc"), "{names profession places} : (\"kine\"* \"d\"* \"arc\"*)");
  EXPECT_EQ(fts_query("\"x\" OR *"), "{names profession places} : (\"x\"* \"or\"*)");
  EXPECT_EQ(fts_query("", "70"), "profession_code : \"70\"");
  EXPECT_EQ(fts_query("", "\"; --"), "profession_code : \"none\"");
  EXPECT_EQ(fts_with_communes("q", {"13202", "2A004"}), "q AND communes : (\"c13202\" OR \"c2A004\")");
}

}  // namespace
}  // namespace maillage::directory
