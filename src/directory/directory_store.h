// Storage of the directory: professionals and their practice sites, upserted by national id so
// that a re-import updates and never duplicates.
#pragma once

#include <string>

#include "directory/model.h"
#include "platform/db/database.h"

namespace maillage::directory {

enum class Upsert { created, updated, unchanged };

/// Inserts the professional, or updates it when a field differs.
Upsert upsert_professional(db::Connection& c, const Professional& p, const std::string& at);

/// Inserts or updates one site of `professional_id` and marks it seen by import `import_id`.
/// The capacity attributes entered in Maillage are left as they are.
Upsert upsert_site(db::Connection& c, const std::string& professional_id, const PracticeSite& s,
                   const std::string& import_id, const std::string& at);

/// Deletes the sites of the professionals seen by import `import_id` that it did not see (the
/// professional no longer practises there); returns how many.
std::int64_t remove_unseen_sites(db::Connection& c, const std::string& import_id);

}  // namespace maillage::directory
