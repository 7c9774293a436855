// Bulk import of territories (a région's CPTS at once): a CSV file of rows
// `cpts_name;insee_code;postcode?;population?` (optional header), applied all or nothing.
// Every row goes through the territory rules (rules.h) — against the current holdings and
// against the rows before it — and every bad row is reported with its line (and, when it
// conflicts with an earlier row, that row's line). A CPTS is named as in the file, compared
// without case, accents or punctuation ("CPTS du pays d'Arles" is "CPTS du Pays d’Arles"); those
// that do not exist are created (status projet); a dissolved CPTS receives nothing.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "platform/db/database.h"
#include "referential/referential.h"
#include "territory/model.h"

namespace maillage::territory {

/// One bad row: its line, what it asked, the rule it breaks, why (naming the holder CPTS when
/// there is one).
struct ImportRowError {
  std::size_t line = 0;
  std::string cpts_name;
  std::string code;
  std::string postcode;
  std::string rule;
  std::string message;
  std::string holder_name;  // the CPTS holding the commune or part, when there is one
  std::size_t holder_line = 0;  // the earlier row of the file that gave it to that CPTS, if any
};

/// What the import does to one CPTS.
struct ImportedCpts {
  std::string name;  // the existing CPTS's name, else its first spelling in the file
  std::string id;  // empty until created
  bool created = false;
  std::vector<ElementKey> to_add;
  std::map<ElementKey, std::int64_t> populations;  // entered populations of postcode parts
  std::size_t already_held = 0;
};

/// A whole import: the rows read, what happens to each CPTS, or why nothing may happen.
struct ImportPlan {
  std::size_t rows = 0;
  std::vector<ImportedCpts> cpts;      // in order of first appearance in the file
  std::vector<ImportRowError> errors;  // by line; when not empty, nothing may be written
};

/// Reads and checks `csv_text` (UTF-8; see csv::to_utf8) against the referential, the existing
/// CPTS and every current holding. Linear in the rows (plus the holdings' index).
ImportPlan plan_import(const referential::Referential& ref, std::string_view csv_text, const std::vector<Cpts>& existing,
                       std::vector<Holding> holdings);

/// Records one change in the audit log: (connection, action, resource type, resource id, CPTS id).
using ImportAudit = std::function<void(db::Connection&, const std::string&, const std::string&, const std::string&,
                                       const std::string&)>;

/// Plans the import inside the caller's write transaction and, when no row is bad, writes it
/// (creating the missing CPTS, adding the elements as `by` at time `at`, auditing each CPTS).
/// The plan is returned either way; the caller rolls back when it has errors.
ImportPlan import_territories(db::Connection& c, const referential::Referential& ref, std::string_view csv_text,
                              const std::string& by, const std::string& at, const ImportAudit& audit);

}  // namespace maillage::territory
