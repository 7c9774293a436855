#include "territory/bulk_import.h"

#include <algorithm>
#include <unordered_map>

#include "platform/csv/csv_reader.h"
#include "platform/util/text.h"
#include "territory/cpts_store.h"
#include "territory/rules.h"
#include "territory/territory_store.h"

namespace maillage::territory {
namespace {

constexpr std::size_t kMaxNameLength = 200;
// U+FFFD in UTF-8: what a browser reading a Windows-1252 file as UTF-8 puts for "é", "œ"…
constexpr const char* kReplacementCharacter = "\xEF\xBF\xBD";

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
  for (char& ch : row.key.code) {  // 2a004 → 2A004
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  }
  auto error = [&](std::string rule, std::string message) {
    errors.push_back({r.line, row.cpts_name, row.key.code, row.key.postcode, std::move(rule), std::move(message), "", 0});
    return std::nullopt;
  };
  // Spreadsheets pad rows with empty cells up to the widest row: those do not count.
  std::size_t cells = r.cells.size();
  while (cells > 2 && cell(cells - 1).empty()) --cells;
  if (cells < 2 || cells > 4) {
    return error("format", "expected 2 to 4 cells (cpts_name;insee_code;postcode;population), found " +
                               std::to_string(cells));
  }
  if (row.cpts_name.empty()) return error("required", "cpts_name is empty");
  if (row.cpts_name.size() > kMaxNameLength) return error("max_length", "cpts_name is longer than 200 characters");
  if (row.cpts_name.find(kReplacementCharacter) != std::string::npos) {
    return error("format", "cpts_name holds an unreadable character: save the file as CSV UTF-8");
  }
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
  if (doc.error) plan.errors.push_back({doc.error->line, "", "", "", "format", doc.error->message, "", 0});

  // CPTS names: the exact name first, else compared folded (case, accents, punctuation).
  std::unordered_map<std::string, const Cpts*> existing_by_name, existing_by_folded;
  for (const auto& c : existing) {
    existing_by_name.emplace(c.name, &c);
    existing_by_folded.emplace(text::fold(c.name), &c);  // `existing` is sorted by name: the first wins
  }
  std::unordered_map<std::string, std::size_t> target_of;   // a spelling of the file → index in plan.cpts
  std::unordered_map<std::string, std::size_t> target_by;   // "id:ID" or "new:FOLDED" → index in plan.cpts
  std::vector<const Cpts*> known_of;                        // index in plan.cpts → the existing CPTS, if any
  std::vector<std::string> planning_id;                     // index in plan.cpts → its id for the rules
  std::map<ElementKey, std::size_t> line_of;                // element given by a row → that row's line
  HoldingsIndex index(std::move(holdings));

  // The CPTS a row names: found, or planned for creation at its first row.
  auto target_for = [&](const std::string& name) -> std::size_t {
    if (auto it = target_of.find(name); it != target_of.end()) return it->second;
    std::string folded = text::fold(name);
    if (folded.empty()) folded = name;  // no letter or digit: only the exact spelling matches
    const Cpts* known = nullptr;
    if (auto e = existing_by_name.find(name); e != existing_by_name.end()) {
      known = e->second;
    } else if (auto f = existing_by_folded.find(folded); f != existing_by_folded.end()) {
      known = f->second;
    }
    std::string key = known ? "id:" + known->id : "new:" + folded;
    auto [it, fresh] = target_by.emplace(key, plan.cpts.size());
    if (fresh) {
      plan.cpts.push_back({known ? known->name : name, known ? known->id : "", !known, {}, {}, 0});
      known_of.push_back(known);
      planning_id.push_back(known ? known->id : key);  // "new:…" never collides with a real id
    }
    target_of.emplace(name, it->second);
    return it->second;
  };

  // Row after row, in file order: a row sees what the rows before it took.
  for (std::size_t i = 0; i < doc.records.size(); ++i) {
    if (i == 0 && is_header(doc.records[i])) continue;
    ++plan.rows;
    auto row = read_row(doc.records[i], plan.errors);
    if (!row) continue;
    auto error = [&](std::string rule, std::string message, std::string holder, std::size_t holder_line) {
      plan.errors.push_back({row->line, row->cpts_name, row->key.code, row->key.postcode, std::move(rule),
                             std::move(message), std::move(holder), holder_line});
    };
    std::size_t t = target_for(row->cpts_name);
    ImportedCpts& target = plan.cpts[t];
    if (known_of[t] && known_of[t]->status == "dissoute") {
      error("cpts_dissolved", target.name + " is dissolved: it cannot receive communes", "", 0);
      continue;
    }

    AdditionPlan addition = plan_additions(ref, index, planning_id[t], {row->key});
    if (!addition.violations.empty()) {
      const Violation& v = addition.violations.front();
      auto earlier = line_of.find(v.holder_key);
      if (earlier == line_of.end()) {
        error(v.rule, v.message, v.holder_cpts_name, 0);
      } else {
        error(v.rule, v.message + ", given on line " + std::to_string(earlier->second), v.holder_cpts_name,
              earlier->second);
      }
    } else if (!addition.already_held.empty()) {
      ++target.already_held;
    } else {
      index.add({row->key, planning_id[t], target.name, row->population});
      line_of.emplace(row->key, row->line);
      target.to_add.push_back(row->key);
      if (row->population) target.populations[row->key] = *row->population;
    }
  }
  if (plan.rows == 0 && plan.errors.empty()) {
    plan.errors.push_back({1, "", "", "", "required", "the file has no rows", "", 0});
  }
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
