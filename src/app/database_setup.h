// Opening the database the way every command does: open, then apply pending migrations.
#pragma once

#include <memory>
#include <string>

#include "platform/db/database.h"

namespace maillage::app {

/// The default database location, used when `--db` is not given.
inline constexpr const char* kDefaultDatabase = "data/maillage.db";

std::unique_ptr<db::Database> open_and_migrate(const std::string& url);

}  // namespace maillage::app
