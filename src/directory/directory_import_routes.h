// HTTP routes of the directory imports (administrators): upload an RPPS or FINESS file, follow
// its import, list past imports.
//   POST /api/directory-imports?source=rpps|finess&filename=NAME   the file as the raw body → 202
//   GET  /api/directory-imports/{import_id}                          state, progress, report
//   GET  /api/directory-imports                                      past imports (directory_imports)
#pragma once

#include "directory/import_jobs.h"
#include "platform/db/database.h"
#include "platform/http/router.h"
#include "platform/http/server.h"

namespace maillage::directory {

/// The upload route's body limit: 256 MiB, a département's extraction with room to spare (the
/// national files go by the command line).
inline constexpr std::size_t kImportUploadLimit = 256u * 1024 * 1024;

/// The upload route as the server must know it (its body streamed to a file), without `admit`.
http::UploadRoute import_upload_route();

void register_directory_import_routes(http::Router& router, db::Database& db, ImportJobs& jobs);

}  // namespace maillage::directory
