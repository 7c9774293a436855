// The referential snapshot of the fixture database, built once per test program.
#pragma once

#include <memory>

#include "referential/referential.h"

namespace maillage::testing {

/// The imported referential (MAILLAGE_FIXTURE_DB) as the server holds it in memory.
std::shared_ptr<const referential::Referential> fixture_referential();

}  // namespace maillage::testing
