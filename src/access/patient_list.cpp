#include "access/patient_list.h"

#include <fmt/format.h>

#include <map>
#include <optional>

#include "access/patient_fields.h"
#include "platform/csv/csv_reader.h"
#include "platform/util/text.h"

namespace maillage::access {

namespace {

/// The list's columns, by folded header, and the patient field each fills.
enum class Column { last_name, first_name, birth_date, sex, commune, postcode, phone, contact, ald, c2s, pregnancy,
                    leaving_hospital, disability, consent };

const std::map<std::string, Column>& columns_by_header() {
  static const std::map<std::string, Column> kColumns = {
      {"nom", Column::last_name},        {"prenom", Column::first_name},    {"date naissance", Column::birth_date},
      {"date de naissance", Column::birth_date}, {"sexe", Column::sex},      {"commune", Column::commune},
      {"code commune", Column::commune}, {"code insee", Column::commune},   {"code postal", Column::postcode},
      {"telephone", Column::phone},      {"contact", Column::contact},      {"ald", Column::ald},
      {"c2s", Column::c2s},              {"precarite", Column::c2s},        {"grossesse", Column::pregnancy},
      {"sortie hospitalisation", Column::leaving_hospital}, {"handicap", Column::disability},
      {"consentement", Column::consent}, {"date consentement", Column::consent},
  };
  return kColumns;
}

/// The column named in problems for a field of check_patient.
const std::map<std::string, std::string>& column_of_field() {
  static const std::map<std::string, std::string> kNames = {
      {"last_name", "nom"},         {"first_name", "prenom"},      {"birth_date", "date_naissance"},
      {"sex", "sexe"},              {"commune_code", "commune"},   {"postcode", "code_postal"},
      {"phone", "telephone"},       {"contact", "contact"},        {"consent_on", "consentement"},
  };
  return kNames;
}

std::string trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string_view::npos ? std::string() : std::string(s.substr(b, e - b + 1));
}

/// 23/11/2026 → 2026-11-23; other text as it is (check_patient judges it).
std::string iso_date(const std::string& value) {
  if (value.size() == 10 && value[2] == '/' && value[5] == '/') {
    return fmt::format("{}-{}-{}", value.substr(6, 4), value.substr(3, 2), value.substr(0, 2));
  }
  return value;
}

std::optional<bool> yes_no(const std::string& value) {
  std::string v = text::fold(value);
  if (v.empty() || v == "0" || v == "non" || v == "n" || v == "faux") return false;
  if (v == "1" || v == "oui" || v == "o" || v == "vrai" || v == "x") return true;
  return std::nullopt;
}

}  // namespace

PatientList read_patient_list(std::string_view bytes, const referential::Referential& ref, const std::string& today) {
  PatientList out;
  csv::CsvDocument doc = csv::read_csv(csv::to_utf8(bytes).text);
  if (doc.records.empty()) {
    out.problems.push_back({1, "", "empty", "the file holds no header line"});
    return out;
  }
  const csv::CsvRecord& header = doc.records.front();
  std::map<Column, std::size_t> at;
  for (std::size_t i = 0; i < header.cells.size(); ++i) {
    auto found = columns_by_header().find(text::fold(header.cells[i]));
    if (found != columns_by_header().end()) at.emplace(found->second, i);
  }
  for (auto [column, name] : {std::pair{Column::last_name, "nom"}, {Column::first_name, "prenom"},
                              {Column::birth_date, "date_naissance"}, {Column::sex, "sexe"},
                              {Column::commune, "commune"}, {Column::consent, "consentement"}}) {
    if (!at.contains(column)) out.problems.push_back({header.line, name, "missing_column", fmt::format("the header has no column {}", name)});
  }
  if (!out.problems.empty()) return out;
  for (std::size_t r = 1; r < doc.records.size(); ++r) {
    const csv::CsvRecord& record = doc.records[r];
    auto cell = [&](Column c) {
      auto i = at.find(c);
      return i == at.end() || i->second >= record.cells.size() ? std::string() : trim(record.cells[i->second]);
    };
    PatientInput in;
    in.last_name = cell(Column::last_name);
    in.first_name = cell(Column::first_name);
    in.birth_date = iso_date(cell(Column::birth_date));
    std::string sex = cell(Column::sex);
    in.sex = sex == "1" ? "M" : sex == "2" ? "F" : sex;
    in.commune_code = cell(Column::commune);
    in.postcode = cell(Column::postcode);
    in.phone = cell(Column::phone);
    in.contact = cell(Column::contact);
    in.consent_on = iso_date(cell(Column::consent));
    for (auto [column, name, flag] : {std::tuple{Column::ald, "ald", &in.flags.ald}, {Column::c2s, "c2s", &in.flags.precarity},
                                      {Column::pregnancy, "grossesse", &in.flags.pregnancy},
                                      {Column::leaving_hospital, "sortie_hospitalisation", &in.flags.leaving_hospital},
                                      {Column::disability, "handicap", &in.flags.disability}}) {
      auto value = yes_no(cell(column));
      if (!value) out.problems.push_back({record.line, name, "one_of", "must be oui or non (1 or 0)"});
      *flag = value.value_or(false);
    }
    ListLine line{record.line, {}};
    for (const auto& p : check_patient(in, ref, today, line.request)) {
      out.problems.push_back({record.line, column_of_field().at(p.field), p.rule, p.message});
    }
    out.lines.push_back(std::move(line));
  }
  if (doc.error) out.problems.push_back({doc.error->line, "", "csv", doc.error->message});
  return out;
}

}  // namespace maillage::access
