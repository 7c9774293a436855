// A CPTS's territory directory as a file: CSV for spreadsheets, or a printable HTML page grouped by
// profession then commune (one line per professional and site in the territory).
#pragma once

#include <vector>

#include "directory/directory_search.h"
#include "platform/db/database.h"
#include "platform/http/response.h"
#include "territory/model.h"

namespace maillage::directory {

enum class ExportFormat { csv, html };

/// `shown` are the professionals of `cpts`'s territory with their sites there; the member-only
/// fields of the CPTS's active members are included (the caller holds a role in it).
http::Response export_directory(db::Connection& c, const territory::Cpts& cpts, const std::vector<ProfessionalHit>& shown,
                                ExportFormat format);

}  // namespace maillage::directory
