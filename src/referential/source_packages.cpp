#include "referential/source_packages.h"

#include <boost/json.hpp>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include "platform/util/text.h"

namespace maillage::referential {
namespace fs = std::filesystem;
namespace json = boost::json;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ImportError(path.string() + ": cannot open the file (is `npm ci` done?)");
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

json::array read_json_array(const fs::path& path) {
  boost::system::error_code ec;
  json::value doc = json::parse(read_file(path), ec);
  if (ec) throw ImportError(path.string() + ": invalid JSON: " + ec.message());
  if (!doc.is_array()) throw ImportError(path.string() + ": expected a JSON array");
  return std::move(doc.as_array());
}

/// Typed access to one record of a JSON array, with errors naming the file and the record.
class Record {
 public:
  Record(const json::value& v, const fs::path& file, std::size_t index) : file_(file), index_(index) {
    if (!v.is_object()) fail("is not an object");
    object_ = &v.as_object();
  }
  std::string text(std::string_view key) const {
    auto* v = object_->if_contains(key);
    if (!v || !v->is_string()) fail("has no text field '" + std::string(key) + "'");
    return std::string(v->as_string());
  }
  std::string optional_text(std::string_view key) const {
    auto* v = object_->if_contains(key);
    return v && v->is_string() ? std::string(v->as_string()) : std::string();
  }
  std::optional<std::int64_t> optional_int(std::string_view key) const {
    auto* v = object_->if_contains(key);
    if (!v || v->is_null()) return std::nullopt;
    if (!v->is_int64() && !v->is_uint64()) fail("field '" + std::string(key) + "' is not an integer");
    return v->to_number<std::int64_t>();
  }
  std::vector<std::string> texts(std::string_view key) const {
    std::vector<std::string> out;
    if (auto* v = object_->if_contains(key); v && v->is_array()) {
      for (const auto& item : v->as_array()) {
        if (item.is_string()) out.emplace_back(item.as_string());
      }
    }
    return out;
  }
  const json::array* array(std::string_view key) const {
    auto* v = object_->if_contains(key);
    return v && v->is_array() ? &v->as_array() : nullptr;
  }
  Zone zone() const {
    auto z = zone_from_string(text("zone"));
    if (!z) fail("has an unknown zone");
    return *z;
  }
  [[noreturn]] void fail(const std::string& what) const {
    throw ImportError(file_.string() + ": record " + std::to_string(index_ + 1) + " " + what);
  }

 private:
  const fs::path& file_;
  std::size_t index_;
  const json::object* object_ = nullptr;
};

template <class F>
void for_each_record(const fs::path& file, F&& f) {
  json::array records = read_json_array(file);
  for (std::size_t i = 0; i < records.size(); ++i) f(Record(records[i], file, i));
}

void read_regions(const fs::path& dir, Dataset& out) {
  for_each_record(dir / "regions.json", [&](const Record& r) {
    out.regions.push_back({r.text("code"), r.text("nom"), r.zone(), r.optional_text("chefLieu")});
  });
}

void read_departements(const fs::path& dir, Dataset& out) {
  for_each_record(dir / "departements.json", [&](const Record& r) {
    out.departements.push_back({r.text("code"), r.text("nom"), r.text("region"), r.zone(), r.optional_text("chefLieu")});
  });
}

void read_epci(const fs::path& dir, Dataset& out) {
  for_each_record(dir / "epci.json", [&](const Record& r) {
    Epci e{r.text("code"), r.text("nom"), r.text("type"), r.optional_text("modeFinancement"),
           r.optional_int("populationMunicipale"), r.optional_int("populationTotale"), {}};
    if (const auto* members = r.array("membres")) {
      for (std::size_t i = 0; i < members->size(); ++i) {
        e.member_codes.push_back(Record((*members)[i], dir / "epci.json", i).text("code"));
      }
    }
    out.epci.push_back(std::move(e));
  });
}

void read_communes(const fs::path& dir, Dataset& out) {
  std::set<std::pair<std::string, FormerKind>> seen_former;
  std::vector<Commune> arrondissements;
  for_each_record(dir / "communes.json", [&](const Record& r) {
    std::string type = r.text("type");
    if (type == "commune-actuelle" || type == "arrondissement-municipal") {
      Commune c;
      c.code = r.text("code");
      c.name = r.text("nom");
      c.kind = type == "commune-actuelle" ? CommuneKind::commune : CommuneKind::arrondissement;
      c.parent_code = r.optional_text("commune");
      c.departement_code = r.text("departement");
      c.region_code = r.text("region");
      c.zone = r.zone();
      c.siren = r.optional_text("siren");
      c.population = r.optional_int("population");
      c.postcodes = r.texts("codesPostaux");
      c.former_codes = r.texts("anciensCodes");
      if (c.kind == CommuneKind::arrondissement && c.parent_code.empty()) r.fail("is an arrondissement without commune");
      (c.kind == CommuneKind::commune ? out.communes : arrondissements).push_back(std::move(c));
    } else if (type == "commune-deleguee" || type == "commune-associee") {
      FormerCommune f{r.text("code"), type == "commune-deleguee" ? FormerKind::deleguee : FormerKind::associee,
                      r.text("nom"), r.text("chefLieu")};
      if (seen_former.emplace(f.code, f.kind).second) out.former_communes.push_back(std::move(f));
    } else {
      r.fail("has an unknown type '" + type + "'");
    }
  });
  // Arrondissements after communes, so that a parent always precedes its arrondissements.
  for (auto& a : arrondissements) out.communes.push_back(std::move(a));
}

// Pairs come from the COG package (aligned with the current communes); La Poste's base gives each
// pair its libellé d'acheminement. A pair La Poste files under a commune déléguée is matched
// through it; failing that, the commune's name in capitals without accents (La Poste's rule).
void read_postcodes(const fs::path& node_modules, Dataset& out) {
  fs::path file = node_modules / kPostcodePackage / "codes-postaux.json";
  std::map<std::pair<std::string, std::string>, std::string> libelle;  // (commune, postcode)
  for_each_record(file, [&](const Record& r) {
    libelle.emplace(std::pair(r.text("codeCommune"), r.text("codePostal")), r.text("libelleAcheminement"));
  });
  std::unordered_map<std::string, std::vector<std::string>> former_by_current;
  for (const auto& f : out.former_communes) former_by_current[f.current_code].push_back(f.code);

  for (const auto& c : out.communes) {
    for (const auto& pc : c.postcodes) {
      std::string label;
      if (auto it = libelle.find({c.code, pc}); it != libelle.end()) label = it->second;
      for (const auto& former : former_by_current[c.code]) {
        if (!label.empty()) break;
        if (auto it = libelle.find({former, pc}); it != libelle.end()) label = it->second;
      }
      if (label.empty()) {
        for (char ch : text::fold(c.name)) label.push_back(ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch);
      }
      out.postcodes.push_back({c.code, pc, label});
    }
  }
}

void link_epci_members(Dataset& out) {
  std::unordered_map<std::string, Commune*> by_code;
  for (auto& c : out.communes) by_code[c.code] = &c;
  for (const auto& e : out.epci) {
    for (const auto& code : e.member_codes) {
      if (auto it = by_code.find(code); it != by_code.end()) it->second->epci_siren = e.siren;
    }
  }
}

}  // namespace

std::string package_version(const fs::path& node_modules, const std::string& package) {
  fs::path file = node_modules / package / "package.json";
  boost::system::error_code ec;
  json::value doc = json::parse(read_file(file), ec);
  if (ec || !doc.is_object() || !doc.as_object().contains("version")) {
    throw ImportError(file.string() + ": no version field");
  }
  return std::string(doc.at("version").as_string());
}

Dataset read_dataset(const fs::path& node_modules) {
  Dataset out;
  fs::path dir = node_modules / kDecoupagePackage / "data";
  read_regions(dir, out);
  read_departements(dir, out);
  read_epci(dir, out);
  read_communes(dir, out);
  link_epci_members(out);
  read_postcodes(node_modules, out);
  for (const char* p : {kDecoupagePackage, kPostcodePackage, kGeonamesPackage}) {
    out.sources.push_back({p, package_version(node_modules, p)});
  }
  return out;
}

std::vector<GeonamesPoint> read_geonames(const fs::path& node_modules) {
  static const std::set<std::string, std::less<>> kFrench = {"FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL",
                                                             "MF", "WF", "PF", "NC"};
  fs::path file = node_modules / kGeonamesPackage / "dist" / "cities500.txt";
  std::string content = read_file(file);
  std::vector<GeonamesPoint> points;
  std::size_t line_start = 0;
  std::size_t line_number = 0;
  std::vector<std::string_view> fields;
  while (line_start < content.size()) {
    std::size_t line_end = content.find('\n', line_start);
    if (line_end == std::string::npos) line_end = content.size();
    std::string_view line(content.data() + line_start, line_end - line_start);
    line_start = line_end + 1;
    ++line_number;
    if (line.empty()) continue;
    fields.clear();
    std::size_t pos = 0;
    while (true) {
      std::size_t tab = line.find('\t', pos);
      fields.push_back(line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos));
      if (tab == std::string_view::npos) break;
      pos = tab + 1;
    }
    // GeoNames columns: 1 name, 4 latitude, 5 longitude, 7 feature code, 8 country, 13 admin4, 14 population.
    if (fields.size() < 15) {
      throw ImportError(file.string() + ": line " + std::to_string(line_number) + " has " +
                        std::to_string(fields.size()) + " columns, expected 19");
    }
    if (!kFrench.contains(fields[8]) || (fields[8] == "FR" && fields[13].empty())) continue;
    try {
      points.push_back({std::string(fields[1]), std::stod(std::string(fields[4])), std::stod(std::string(fields[5])),
                        std::string(fields[7]), std::string(fields[13]), std::string(fields[8]),
                        fields[14].empty() ? 0 : std::stoll(std::string(fields[14]))});
    } catch (const std::exception&) {
      throw ImportError(file.string() + ": line " + std::to_string(line_number) + ": invalid number");
    }
  }
  return points;
}

}  // namespace maillage::referential
