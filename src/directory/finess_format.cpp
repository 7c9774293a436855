#include "directory/finess_format.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <stdexcept>

#include "directory/lambert93.h"
#include "platform/util/text.h"

namespace maillage::directory {
namespace {

// Positions of the fields of an etalab `structureet` record (0 is the record type).
enum EtalabField : std::size_t {
  kNofinesset = 1, kNofinessej = 2, kRs = 3, kRsLongue = 4, kNumVoie = 7, kTypVoie = 8, kVoie = 9, kCompVoie = 10,
  kLieuDitBp = 11, kCommune = 12, kDepartement = 13, kLigneAcheminement = 15, kTelephone = 16, kCategEtab = 18,
  kLibCategEtab = 19, kSiret = 22,
};
constexpr std::size_t kEtalabMinFields = kLibCategEtab + 1;

// Street types as FINESS abbreviates them (typvoie), spelt out; others are kept as written.
const std::map<std::string, std::string, std::less<>> kStreetTypes = {
    {"ALL", "ALLEE"},      {"AV", "AVENUE"},        {"BD", "BOULEVARD"},  {"CAR", "CARREFOUR"}, {"CHE", "CHEMIN"},
    {"CHEM", "CHEMIN"},    {"CRS", "COURS"},        {"DOM", "DOMAINE"},   {"ESP", "ESPLANADE"}, {"FG", "FAUBOURG"},
    {"HAM", "HAMEAU"},     {"IMP", "IMPASSE"},      {"LD", "LIEU-DIT"},   {"LOT", "LOTISSEMENT"}, {"MTE", "MONTEE"},
    {"PAS", "PASSAGE"},    {"PL", "PLACE"},         {"PLT", "PLATEAU"},   {"PROM", "PROMENADE"}, {"QU", "QUAI"},
    {"QUA", "QUARTIER"},   {"R", "RUE"},            {"RES", "RESIDENCE"}, {"RPT", "ROND-POINT"}, {"RTE", "ROUTE"},
    {"SEN", "SENTIER"},    {"SQ", "SQUARE"},        {"TRA", "TRAVERSE"},  {"VC", "VOIE COMMUNALE"},
};

// Repetition indices (compvoie).
const std::map<std::string, std::string, std::less<>> kRepetitions = {{"B", "bis"}, {"T", "ter"}, {"Q", "quater"}};

std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& ch : out) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

std::string spelt(const std::map<std::string, std::string, std::less<>>& table, const std::string& code) {
  auto it = table.find(code);
  return it == table.end() ? code : it->second;
}

// "12", "B", "R", "DE LA PAIX", "BP 12" → "12 bis RUE DE LA PAIX, BP 12".
std::string address_of(const std::string& number, const std::string& repetition, const std::string& street_type,
                       const std::string& street, const std::string& locality) {
  std::string out;
  for (const auto& part : {number, spelt(kRepetitions, repetition), spelt(kStreetTypes, street_type), street}) {
    if (part.empty()) continue;
    if (!out.empty()) out += ' ';
    out += part;
  }
  if (!locality.empty()) out += out.empty() ? locality : ", " + locality;
  return out;
}

// "13002 MARSEILLE CEDEX 02" → postcode "13002", commune "MARSEILLE".
void read_acheminement(std::string_view line, std::string& postcode, std::string& commune) {
  if (line.size() >= 5 && text::is_digits(line.substr(0, 5))) {
    if (postcode.empty()) postcode = std::string(line.substr(0, 5));
    line.remove_prefix(5);
  }
  auto cedex = line.find(" CEDEX");
  if (cedex != std::string_view::npos) line = line.substr(0, cedex);
  auto first = line.find_first_not_of(' ');
  if (commune.empty() && first != std::string_view::npos) commune = std::string(line.substr(first));
}

bool valid_finess(std::string_view n) {
  return n.size() == 9 && std::all_of(n.begin(), n.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) || ch == 'A' || ch == 'B'; });
}

std::optional<double> parse_number(std::string_view s, const char* name) {
  if (s.empty()) return std::nullopt;
  std::string copy(s);
  std::replace(copy.begin(), copy.end(), ',', '.');
  double value = 0;
  auto [end, ec] = std::from_chars(copy.data(), copy.data() + copy.size(), value);
  if (ec != std::errc() || end != copy.data() + copy.size() || !std::isfinite(value)) {
    throw std::invalid_argument(std::string(name) + " is not a number: " + std::string(s));
  }
  return value;
}

// Checks what every structure needs, and fills the INSEE codes.
bool complete(Structure& s, const std::string& departement, const std::string& commune, std::string& why) {
  if (!valid_finess(s.finess)) {
    why = "nofinesset must be 9 characters (digits, 2A or 2B), not \"" + s.finess + "\"";
    return false;
  }
  if (s.name.empty()) s.name = s.long_name;
  if (s.name.empty()) {
    why = "rs (the name) is empty";
    return false;
  }
  if (s.commune_code.empty()) s.commune_code = finess_commune_code(departement, commune);
  if (!s.commune_code.empty()) s.departement = departement_of_commune(s.commune_code);
  else if (departement.size() == 2 && text::is_digits(departement)) s.departement = departement;
  return true;
}

}  // namespace

std::vector<std::string> split_semicolons(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  std::vector<std::string> cells;
  std::size_t i = 0;
  while (true) {
    std::string cell;
    while (i < line.size() && line[i] == ' ') ++i;
    if (i < line.size() && line[i] == '"') {
      ++i;
      while (i < line.size()) {
        if (line[i] == '"') {
          if (i + 1 < line.size() && line[i + 1] == '"') {
            cell += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        cell += line[i++];
      }
    }
    std::size_t end = line.find(';', i);
    if (end == std::string_view::npos) end = line.size();
    cell += line.substr(i, end - i);
    auto last = cell.find_last_not_of(" \t");
    cell.erase(last == std::string::npos ? 0 : last + 1);
    cells.push_back(std::move(cell));
    if (end == line.size()) break;
    i = end + 1;
  }
  return cells;
}

std::string finess_commune_code(std::string_view departement, std::string_view commune) {
  if (commune.empty() || commune.size() > 3 || !text::is_digits(commune)) return "";
  std::string c = std::string(3 - commune.size(), '0') + std::string(commune);
  std::string d = upper(departement);
  std::string code;
  if (d.size() == 1 && text::is_digits(d)) code = "0" + d + c;
  else if (d.size() == 2 && (text::is_digits(d) || d == "2A" || d == "2B")) code = d + c;
  else if (d.size() == 2 && d[0] == '9' && d[1] >= 'A' && d[1] <= 'Z') code = (d[1] <= 'F' ? "97" : "98") + c;
  else if (d.size() == 3 && text::is_digits(d) && (d.starts_with("97") || d.starts_with("98"))) code = d.substr(0, 2) + c;
  else return "";
  if (code == "97123") return "97701";  // Saint-Barthélemy
  if (code == "97127") return "97801";  // Saint-Martin
  return code;
}

std::string departement_of_commune(std::string_view commune_code) {
  bool overseas = commune_code.starts_with("97") || commune_code.starts_with("98");
  return std::string(commune_code.substr(0, overseas ? 3 : 2));
}

std::optional<GeoPoint> finess_point(std::string_view x, std::string_view y, std::string_view source) {
  auto px = parse_number(x, "coordx");
  auto py = parse_number(y, "coordy");
  if (!px || !py) return std::nullopt;
  std::string s = upper(source);
  bool lambert93 = s.find("2154") != std::string::npos || s.find("LAMBERT_93") != std::string::npos ||
                   s.find("LAMBERT-93") != std::string::npos || s.find("LAMBERT 93") != std::string::npos;
  bool other = s.find("UTM") != std::string::npos || s.find("EPSG") != std::string::npos;
  if (other && !lambert93) return std::nullopt;
  auto point = lambert93_to_wgs84(*px, *py);
  if (!point) return std::nullopt;
  // A centimetre is enough, and makes re-imports compare equal.
  point->latitude = std::round(point->latitude * 1e7) / 1e7;
  point->longitude = std::round(point->longitude * 1e7) / 1e7;
  return point;
}

std::optional<FinessLayout> FinessLayout::detect(std::string_view first_line, std::string& why) {
  if (first_line.starts_with("\xEF\xBB\xBF")) first_line.remove_prefix(3);
  FinessLayout layout;
  if (first_line.starts_with("finess;")) return layout;
  if (first_line.starts_with("structureet;") || first_line.starts_with("geolocalisation;")) {
    layout.first_line_is_data_ = true;
    return layout;
  }
  auto cells = split_semicolons(first_line);
  layout.format_ = Format::enriched;
  for (std::size_t i = 0; i < cells.size(); ++i) layout.column_.emplace(lower(cells[i]), i);
  std::vector<std::string> missing;
  for (const char* name : {"nofinesset", "rs"}) {
    if (!layout.column_.contains(name)) missing.emplace_back(name);
  }
  if (missing.size() == 2) {
    why = "not a FINESS extraction: the first line is neither a `finess;etalab` or `structureet;` record nor a "
          "header naming nofinesset";
    return std::nullopt;
  }
  if (!missing.empty()) {
    why = "the header has no column " + missing.front();
    return std::nullopt;
  }
  return layout;
}

std::optional<FinessRecord> FinessLayout::parse(std::string_view line, std::string& why) const {
  auto cells = split_semicolons(line);
  try {
    return format_ == Format::etalab ? parse_etalab(cells, why) : parse_enriched(cells, why);
  } catch (const std::invalid_argument& e) {
    why = e.what();
    return std::nullopt;
  }
}

std::optional<FinessRecord> FinessLayout::parse_etalab(const std::vector<std::string>& cells, std::string& why) const {
  FinessRecord r;
  const std::string& type = cells[0];
  if (type == "geolocalisation") {
    if (cells.size() < 4) {
      why = "a geolocalisation record needs nofinesset, coordx and coordy";
      return std::nullopt;
    }
    r.kind = FinessRecord::Kind::geolocation;
    r.structure.finess = cells[1];
    if (!valid_finess(r.structure.finess)) {
      why = "nofinesset must be 9 characters (digits, 2A or 2B), not \"" + r.structure.finess + "\"";
      return std::nullopt;
    }
    r.gives_location = true;
    r.point = finess_point(cells[2], cells[3], cells.size() > 4 ? cells[4] : "");
    return r;
  }
  if (type != "structureet") {
    why = "record type \"" + type + "\" is not read (structureet or geolocalisation expected)";
    return std::nullopt;
  }
  if (cells.size() < kEtalabMinFields) {
    why = "a structureet record has at least " + std::to_string(kEtalabMinFields) + " fields, this one " +
          std::to_string(cells.size());
    return std::nullopt;
  }
  auto at = [&](std::size_t i) { return i < cells.size() ? cells[i] : std::string(); };
  Structure& s = r.structure;
  s.finess = at(kNofinesset);
  s.finess_legal = at(kNofinessej);
  s.name = at(kRs);
  s.long_name = at(kRsLongue);
  s.address = address_of(at(kNumVoie), at(kCompVoie), at(kTypVoie), at(kVoie), at(kLieuDitBp));
  read_acheminement(at(kLigneAcheminement), s.postcode, s.commune);
  s.phone = at(kTelephone);
  s.category_code = at(kCategEtab);
  s.category = at(kLibCategEtab);
  s.siret = at(kSiret);
  if (!complete(s, at(kDepartement), at(kCommune), why)) return std::nullopt;
  return r;
}

std::optional<FinessRecord> FinessLayout::parse_enriched(const std::vector<std::string>& cells, std::string& why) const {
  auto get = [&](const char* name) {
    auto it = column_.find(name);
    return it == column_.end() || it->second >= cells.size() ? std::string() : cells[it->second];
  };
  FinessRecord r;
  Structure& s = r.structure;
  s.finess = get("nofinesset");
  s.finess_legal = get("nofinessej");
  s.name = get("rs");
  s.long_name = get("rslongue");
  s.address = address_of(get("numvoie"), get("compvoie"), get("typvoie"), get("voie"), get("lieuditbp"));
  s.postcode = get("codepostal");
  s.commune = get("libelle_routage");
  read_acheminement(get("ligneacheminement"), s.postcode, s.commune);
  s.phone = get("telephone");
  s.category_code = get("categetab");
  s.category = get("libcategetab");
  s.siret = get("siret");
  std::string cog = get("cog");
  if (cog.size() == 5) s.commune_code = cog;
  if (!complete(s, get("departement"), get("commune"), why)) return std::nullopt;
  if (column_.contains("coordx") && column_.contains("coordy")) {
    r.gives_location = true;
    r.point = finess_point(get("coordx"), get("coordy"), get("sourcegeocod"));
  }
  return r;
}

}  // namespace maillage::directory
