#include "directory/rpps_format.h"

#include <algorithm>

#include "platform/util/text.h"

namespace maillage::directory {
namespace {

// The columns the importer needs (names as in the official header).
constexpr const char* kIdType = "Type d'identifiant PP";
constexpr const char* kId = "Identifiant PP";
constexpr const char* kLastName = "Nom d'exercice";
constexpr const char* kProfessionCode = "Code profession";
const std::vector<std::string> kRequired = {kIdType, kId, kLastName, kProfessionCode};

std::string trimmed(std::string_view s) {
  auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return "";
  return std::string(s.substr(first, s.find_last_not_of(" \t\r") - first + 1));
}

// "12", "bis", "RUE", "de la Paix" → "12 bis RUE de la Paix".
std::string join_words(std::initializer_list<std::string> parts) {
  std::string out;
  for (const auto& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += ' ';
    out += p;
  }
  return out;
}

}  // namespace

std::vector<std::string_view> split_pipes(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  std::vector<std::string_view> cells;
  std::size_t start = 0;
  while (true) {
    std::size_t bar = line.find('|', start);
    if (bar == std::string_view::npos) {
      if (start < line.size()) cells.push_back(line.substr(start));
      break;
    }
    cells.push_back(line.substr(start, bar - start));
    start = bar + 1;
  }
  return cells;
}

std::optional<RppsLayout> RppsLayout::from_header(std::string_view header, std::vector<std::string>& missing) {
  if (header.starts_with("\xEF\xBB\xBF")) header.remove_prefix(3);
  RppsLayout layout;
  auto cells = split_pipes(header);
  layout.width_ = cells.size();
  for (std::size_t i = 0; i < cells.size(); ++i) layout.column_.emplace(trimmed(cells[i]), i);
  for (const auto& name : kRequired) {
    if (!layout.column_.contains(name)) missing.push_back(name);
  }
  if (!missing.empty()) return std::nullopt;
  return layout;
}

std::optional<Activity> RppsLayout::parse(std::string_view line, std::string& why) const {
  auto cells = split_pipes(line);
  if (cells.size() != width_) {
    why = "expected " + std::to_string(width_) + " fields, found " + std::to_string(cells.size());
    return std::nullopt;
  }
  auto get = [&](const char* name) -> std::string {
    auto it = column_.find(name);
    return it == column_.end() ? std::string() : trimmed(cells[it->second]);
  };
  Activity a;
  Professional& p = a.professional;
  p.id_type = get(kIdType);
  p.identifier = get(kId);
  if (p.id_type.size() != 1 || !text::is_digits(p.id_type)) {
    why = "Type d'identifiant PP must be one digit (8 RPPS, 0 ADELI)";
    return std::nullopt;
  }
  if (p.identifier.empty() || p.identifier.size() > 20 || !text::is_digits(p.identifier)) {
    why = "Identifiant PP must be digits";
    return std::nullopt;
  }
  p.national_id = p.id_type + p.identifier;
  p.civility_code = get("Code civilité d'exercice");
  p.civility = get("Libellé civilité d'exercice");
  p.last_name = get(kLastName);
  p.first_name = get("Prénom d'exercice");
  p.profession_code = get(kProfessionCode);
  p.profession = get("Libellé profession");
  p.category_code = get("Code catégorie professionnelle");
  p.category = get("Libellé catégorie professionnelle");
  if (p.last_name.empty()) {
    why = "Nom d'exercice is empty";
    return std::nullopt;
  }
  if (p.profession_code.empty()) {
    why = "Code profession is empty";
    return std::nullopt;
  }

  PracticeSite& s = a.site;
  s.mode_code = get("Code mode exercice");
  s.mode = get("Libellé mode exercice");
  s.sector_code = get("Code secteur d'activité");
  s.sector = get("Libellé secteur d'activité");
  s.specialty_type = get("Code type savoir-faire");
  s.specialty_code = get("Code savoir-faire");
  s.specialty = get("Libellé savoir-faire");
  s.siret = get("Numéro SIRET site");
  s.finess_site = get("Numéro FINESS site");
  s.finess_legal = get("Numéro FINESS établissement juridique");
  s.structure_name = get("Raison sociale site");
  if (s.structure_name.empty()) s.structure_name = get("Enseigne commerciale site");
  s.address = join_words({get("Numéro Voie (coord. structure)"), get("Indice répétition voie (coord. structure)"),
                          get("Libellé type de voie (coord. structure)"), get("Libellé Voie (coord. structure)")});
  s.postcode = get("Code postal (coord. structure)");
  s.commune_code = get("Code commune (coord. structure)");
  s.commune = get("Libellé commune (coord. structure)");
  s.departement = get("Code Département (structure)");
  s.phone = get("Téléphone (coord. structure)");
  s.phone2 = get("Téléphone 2 (coord. structure)");
  s.email = get("Adresse e-mail (coord. structure)");
  // A site is the structure (its technical id), else its SIRET, else its address.
  s.site_key = get("Identifiant technique de la structure");
  if (s.site_key.empty() && !s.siret.empty()) s.site_key = "siret:" + s.siret;
  if (s.site_key.empty()) s.site_key = "address:" + join_words({s.address, s.postcode, s.commune_code, s.mode_code});
  // Without the column, the département is read from the commune's INSEE code (971… for the DROM).
  if (s.departement.empty() && s.commune_code.size() == 5) {
    s.departement = s.commune_code.substr(0, s.commune_code.starts_with("97") ? 3 : 2);
  }
  return a;
}

}  // namespace maillage::directory
