// The demo: two CPTS and one account per role, with documented passwords (README.md). Demo
// accounts are flagged and can sign in only on a server started with `--demo`, which listens on
// loopback only.
#pragma once

#include "platform/db/database.h"

namespace maillage::app {

/// Creates whatever of the demo data is missing (idempotent).
void ensure_demo_data(db::Database& db);

}  // namespace maillage::app
