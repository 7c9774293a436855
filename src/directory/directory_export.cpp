#include "directory/directory_export.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "directory/member_view.h"
#include "platform/csv/csv_writer.h"
#include "platform/util/text.h"
#include "platform/util/time.h"

namespace maillage::directory {
namespace {

/// One line of the export: a professional at one of their sites in the territory.
struct Line {
  const ProfessionalHit* who;
  const SiteHit* site;
  std::string membership;  // status in the CPTS, "" when not a member
  bool member_only;
};

std::string accepts_text(const std::string& stored) {
  if (stored == "yes") return "oui";
  if (stored == "no") return "non";
  return stored.empty() ? "" : fmt::format("oui ({} patients)", stored);
}

std::string flag_text(const std::optional<bool>& b) { return b ? (*b ? "oui" : "non") : ""; }

std::string display_name(const Professional& p) {
  return p.first_name.empty() ? p.last_name : fmt::format("{} {}", p.last_name, p.first_name);
}

/// Lines ordered by profession, commune, then name.
std::vector<Line> lines_of(db::Connection& c, const territory::Cpts& cpts, const std::vector<ProfessionalHit>& shown) {
  MemberView view = member_view_of_cpts(c, cpts.id, shown);
  std::vector<Line> lines;
  for (const auto& who : shown) {
    std::string status;
    if (auto it = view.memberships.find(who.professional.national_id); it != view.memberships.end()) {
      status = it->second.front().second;
    }
    bool member_only = view.member_only_visible.contains(who.professional.national_id);
    for (const auto& site : who.sites) lines.push_back({&who, &site, status, member_only});
  }
  auto key = [](const Line& l) {
    return std::tuple(text::fold(l.who->professional.profession), text::fold(l.site->site.commune),
                      text::fold(l.who->professional.last_name), text::fold(l.who->professional.first_name),
                      l.who->professional.national_id);
  };
  std::stable_sort(lines.begin(), lines.end(), [&key](const Line& a, const Line& b) { return key(a) < key(b); });
  return lines;
}

std::string csv_of(const std::vector<Line>& lines) {
  csv::CsvWriter csv;
  csv.row({"profession", "specialite", "nom", "prenom", "identifiant_national", "mode", "structure", "adresse", "code_postal",
           "code_commune", "commune", "telephone", "email", "ligne_directe", "nouveaux_patients", "soins_non_programmes",
           "horaires_elargis", "adhesion"});
  for (const auto& l : lines) {
    const auto& p = l.who->professional;
    const auto& s = l.site->site;
    const auto& cap = l.site->capacity;
    std::string direct = l.member_only ? cap.direct_phone : "";
    std::string accepts = accepts_text(cap.accepts_new_patients), snp = flag_text(cap.snp),
                hours = flag_text(cap.extended_hours);
    csv.row({p.profession, s.specialty, p.last_name, p.first_name, p.national_id, s.mode, s.structure_name, s.address,
             s.postcode, s.commune_code, s.commune, s.phone, s.email, direct, accepts, snp, hours, l.membership});
  }
  return csv.str();
}

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += ch;
    }
  }
  return out;
}

std::string html_of(const territory::Cpts& cpts, const std::vector<Line>& lines, std::size_t professionals) {
  std::string out = fmt::format(
      "<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
      "<title>Annuaire du territoire — {0}</title>"
      "<link rel=\"stylesheet\" href=\"/annuaire-impression.css\"></head><body>\n"
      "<h1>Annuaire du territoire — {0}</h1>\n"
      "<p class=\"meta\">{1} professionnels · édité le {2} · sources : RPPS (annuaire santé) et saisies de la CPTS</p>\n",
      escape(cpts.name), professionals, current_timestamp_utc().substr(0, 10));
  std::string profession, commune;
  auto close_table = [&out, &commune] {
    if (!commune.empty()) out += "</tbody></table>\n";
  };
  for (const auto& l : lines) {
    const auto& p = l.who->professional;
    const auto& s = l.site->site;
    std::string heading = p.profession.empty() ? p.profession_code : p.profession;  // label, else code
    if (heading != profession) {
      close_table();
      if (!profession.empty()) out += "</section>\n";
      profession = heading;
      commune.clear();
      out += fmt::format("<section><h2>{}</h2>\n", escape(profession));
    }
    std::string place = fmt::format("{} {}", s.postcode, s.commune);
    if (place != commune) {
      close_table();
      commune = place;
      out += fmt::format(
          "<h3>{}</h3>\n<table><thead><tr><th>Nom</th><th>Spécialité</th><th>Adresse</th><th>Téléphone</th>"
          "<th>Nouveaux patients</th><th>SNP</th><th>Adhérent</th></tr></thead><tbody>\n",
          escape(place));
    }
    std::string phone = s.phone;
    if (l.member_only && !l.site->capacity.direct_phone.empty()) {
      phone = fmt::format("{} (ligne directe {})", s.phone, l.site->capacity.direct_phone);
    }
    out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                       escape(display_name(p)), escape(s.specialty), escape(s.structure_name.empty() ? "" : s.structure_name + ", "),
                       escape(s.address), escape(phone), accepts_text(l.site->capacity.accepts_new_patients),
                       flag_text(l.site->capacity.snp), l.membership == "active" ? "oui" : "");
  }
  close_table();
  if (!profession.empty()) out += "</section>\n";
  if (lines.empty()) out += "<p>Aucun professionnel n'exerce sur ce territoire d'après l'annuaire importé.</p>\n";
  out += "</body></html>\n";
  return out;
}

}  // namespace

http::Response export_directory(db::Connection& c, const territory::Cpts& cpts, const std::vector<ProfessionalHit>& shown,
                                ExportFormat format) {
  auto lines = lines_of(c, cpts, shown);
  std::string basename = fmt::format("annuaire-{}", text::slug(cpts.name));
  if (format == ExportFormat::csv) {
    return http::Response::attachment(csv_of(lines), "text/csv; charset=utf-8", basename + ".csv");
  }
  http::Response r;
  r.content_type = "text/html; charset=utf-8";
  r.body = html_of(cpts, lines, shown.size());
  return r;
}

}  // namespace maillage::directory
