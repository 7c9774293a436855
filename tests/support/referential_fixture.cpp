#include "support/referential_fixture.h"

#include "platform/db/sqlite_database.h"
#include "referential/store.h"
#include "support/server_process.h"

namespace maillage::testing {

std::shared_ptr<const referential::Referential> fixture_referential() {
  static const std::shared_ptr<const referential::Referential> snapshot = [] {
    auto db = db::open_sqlite(fixture_database().string());
    db::Lease lease = db->read();
    return referential::Referential::build(referential::read_stored_dataset(*lease), "");
  }();
  return snapshot;
}

}  // namespace maillage::testing
