#include "support/rpps_file.h"

#include <fstream>

#include "directory/synthetic/rpps_lines.h"

namespace maillage::testing {

const std::vector<std::string> kRppsHeader(directory::synthetic::rpps_column_names().begin(),
                                           directory::synthetic::rpps_column_names().end());

RppsRow rpps_practitioner(const std::string& rpps, const std::string& name, const std::string& site,
                          const std::string& commune, const std::string& phone) {
  return {{"Type d'identifiant PP", "8"},
          {"Identifiant PP", rpps},
          {"Identification nationale PP", "8" + rpps},
          {"Libellé civilité d'exercice", "Docteur"},
          {"Nom d'exercice", name},
          {"Prénom d'exercice", "Hélène"},
          {"Code profession", "10"},
          {"Libellé profession", "Médecin"},
          {"Code savoir-faire", "SM54"},
          {"Libellé savoir-faire", "Médecine générale"},
          {"Code mode exercice", "L"},
          {"Libellé mode exercice", "Libéral"},
          {"Identifiant technique de la structure", site},
          {"Raison sociale site", "Cabinet " + site},
          {"Numéro Voie (coord. structure)", "12"},
          {"Libellé type de voie (coord. structure)", "Rue"},
          {"Libellé Voie (coord. structure)", "de la République"},
          {"Code postal (coord. structure)", commune.starts_with("13") ? "13002" : "84000"},
          {"Code commune (coord. structure)", commune},
          {"Téléphone (coord. structure)", phone},
          {"Code Département (structure)", commune.substr(0, 2)}};
}

std::filesystem::path write_rpps_file(const std::filesystem::path& path, const std::vector<std::string>& columns,
                                      const std::vector<RppsRow>& rows, bool latin1) {
  std::string text;
  auto line = [&](auto value_of) {
    std::string l;
    for (const auto& c : columns) l += value_of(c) + "|";
    text += l + "\n";
  };
  line([](const std::string& c) { return c; });
  for (const auto& r : rows) {
    line([&](const std::string& c) {
      auto it = r.find(c);
      return it == r.end() ? std::string() : it->second;
    });
  }
  if (latin1) {  // UTF-8 → Latin-1 (the test texts are all within Latin-1)
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      auto c = static_cast<unsigned char>(text[i]);
      if (c >= 0xC0) {
        out += static_cast<char>(((c & 0x1F) << 6) | (static_cast<unsigned char>(text[++i]) & 0x3F));
      } else {
        out += text[i];
      }
    }
    text = out;
  }
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace maillage::testing
