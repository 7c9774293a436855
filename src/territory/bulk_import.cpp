#include "territory/bulk_import.h"

#include <algorithm>

#include "platform/csv/csv_reader.h"
#include "platform/util/text.h"
#include "territory/cpts_store.h"
#include "territory/rules.h"
#include "territory/territory_store.h"

namespace maillage::territory {
namespace {

constexpr std::size_t kMaxNameLength = 200;

std::string trimmed(const std::string& s) {
  auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

struct Row {
  std::size_t line;
  std::string cpts_name;
  ElementKey key;
  std::optional<std::int64_t> population;
};

// Reads one record into a row, or says which rule it breaks.
std::optional<Row> read_row(const csv::CsvRecord& r, std::vector<ImportRowError>& errors) {
  auto cell = [&](std::size_t i) { return i < r.cells.size() ? trimmed(r.cells[i]) : std::string(); };
  Row row{r.line, cell(0), {cell(1), cell(2)}, std::nullopt};
  std::transform(row.key.code.begin(), row.key.code.end(), row.key.code.begin(), ::toupper);  // 2a004 → 2A004
  auto error = [&](std::string rule, std::string message) {
    errors.push_back({r.line, row.cpts_name, row.key.code, row.key.postcode, std::move(rule), std::move(message), ""});
    return std::nullopt;
  };
  if (r.cells.size() < 2 || r.cells.size() > 4) {
    return error("format", "expected 2 to 4 cells (cpts_name;insee_code;postcode;population), found " +
                               std::to_string(r.cells.size()));
  }
  if (row.cpts_name.empty()) return error("required", "cpts_name is empty");
  if (row.cpts_name.size() > kMaxNameLength) return error("max_length", "cpts_name is longer than 200 characters");
  if (row.key.code.empty()) return error("required", "insee_code is empty");
  if (!row.key.postcode.empty() && (row.key.postcode.size() != 5 || !text::is_digits(row.key.postcode))) {
    return error("format", "postcode must be 5 digits");
  }
  std::string population = cell(3);
  if (!population.empty()) {
    if (row.key.postcode.empty()) {
      return error("population_without_postcode", "a population is entered only for a (commune, postcode) part");
    }
    if (population.size() > 9 || !text::is_digits(population)) {
      return error("format", "population must be a whole number of inhabitants");
    }
    row.population = std::stoll(population);
  }
  return row;
}

bool is_header(const csv::CsvRecord& r) { return !r.cells.empty() && text::fold(r.cells[0]) == "cpts name"; }

}  // namespace

ImportPlan plan_import(const referential::Referential& ref, std::string_view csv_text, const std::vector<Cpts>& existing,
                       std::vector<Holding> holdings) {
  ImportPlan plan;
  csv::CsvDocument doc = csv::read_csv(csv_text);
  if (doc.error) plan.errors.push_back({doc.error->line, "", "", "", "format", doc.error->message, ""});

  std::map<std::string, const Cpts*> existing_by_name;
  for (const auto& c : existing) existing_by_name[c.name] = &c;
  std::map<std::string, std::size_t> target_of;  // CPTS name → index in plan.cpts
  HoldingsIndex index(std::move(holdings));

  // Row after row, in file order: a row sees what the rows before it took.
  for (std::size_t i = 0; i < doc.records.size(); ++i) {
    if (i == 0 && is_header(doc.records[i])) continue;
    ++plan.rows;
    auto row = read_row(doc.records[i], plan.errors);
    if (!row) continue;
    auto error = [&](std::string rule, std::string message, std::string holder) {
      plan.errors.push_back({row->line, row->cpts_name, row->key.code, row->key.postcode, std::move(rule),
                             std::move(message), std::move(holder)});
    };
    const Cpts* known = existing_by_name.contains(row->cpts_name) ? existing_by_name[row->cpts_name] : nullptr;
    if (known && known->status == "dissoute") {
      error("cpts_dissolved", known->name + " is dissolved: it cannot receive communes", "");
      continue;
    }
    auto [it, fresh] = target_of.emplace(row->cpts_name, plan.cpts.size());
    if (fresh) plan.cpts.push_back({row->cpts_name, known ? known->id : "", !known, {}, {}, 0});
    ImportedCpts& target = plan.cpts[it->second];
    std::string planning_id = known ? known->id : "new:" + target.name;  // a CPTS still to create

    AdditionPlan addition = plan_additions(ref, index, planning_id, {row->key});
    if (!addition.violations.empty()) {
      const Violation& v = addition.violations.front();
      error(v.rule, v.message, v.holder_cpts_name);
    } else if (!addition.already_held.empty()) {
      ++target.already_held;
    } else {
      index.add({row->key, planning_id, target.name, row->population});
      target.to_add.push_back(row->key);
      if (row->population) target.populations[row->key] = *row->population;
    }
  }
  if (plan.rows == 0 && plan.errors.empty()) plan.errors.push_back({1, "", "", "", "required", "the file has no rows", ""});
  std::stable_sort(plan.errors.begin(), plan.errors.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
  return plan;
}

ImportPlan import_territories(db::Connection& c, const referential::Referential& ref, std::string_view csv_text,
                              const std::string& by, const std::string& at, const ImportAudit& audit) {
  ImportPlan plan = plan_import(ref, csv_text, list_cpts(c, {true, {}}), current_holdings(c));
  if (!plan.errors.empty()) return plan;
  for (auto& target : plan.cpts) {
    if (target.created) {
      target.id = create_cpts(c, target.name).id;
      audit(c, "cpts.create", "cpts", target.id, target.id);
    }
    if (target.to_add.empty()) continue;
    add_elements(c, target.id, target.to_add, target.populations, by, at);
    audit(c, "territory.import", "territory", target.id, target.id);
  }
  return plan;
}

}  // namespace maillage::territory
