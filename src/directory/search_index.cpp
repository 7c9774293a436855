#include "directory/search_index.h"

#include <fmt/format.h>

#include "platform/util/text.h"

namespace maillage::directory {

void rebuild_professionals_index(db::Connection& c) {
  c.execute("DELETE FROM professionals_text");
  c.execute("DELETE FROM directory_places");
  // Each professional's rank in name order (folded: accents and case do not change the order),
  // keyed by national id and small enough to stay in the page cache, so that both tables are
  // filled by scanning the directory in storage order (random reads would dominate at national size).
  // Emptied rather than dropped: DROP TABLE fails while any statement of the connection is open.
  c.execute(
      "CREATE TEMP TABLE IF NOT EXISTS name_ranks (national_id TEXT PRIMARY KEY, name_rank INTEGER NOT NULL)"
      " WITHOUT ROWID");
  c.execute("DELETE FROM temp.name_ranks");
  c.execute(
      "INSERT INTO temp.name_ranks (national_id, name_rank)"
      " SELECT national_id,"
      " row_number() OVER (ORDER BY maillage_fold(last_name), maillage_fold(first_name), national_id)"
      " FROM professionals ORDER BY national_id");
  // FTS5 flushes its pending terms whenever a rowid goes backwards: the rows are sorted by rank
  // (SQLite's external sorter, sequential) before they reach it.
  c.execute(
      "INSERT INTO professionals_text (rowid, national_id, profession_code, names, profession, places, communes)"
      " SELECT r.name_rank, p.national_id, p.profession_code, p.last_name || ' ' || coalesce(p.first_name, ''),"
      "        coalesce(p.profession, '') || ' ' || coalesce(group_concat(s.specialty, ' '), ''),"
      "        coalesce(group_concat(s.structure_name, ' '), ''), coalesce(group_concat('c' || s.commune_code, ' '), '')"
      " FROM professionals p JOIN temp.name_ranks r ON r.national_id = p.national_id"
      " LEFT JOIN practice_sites s ON s.professional_id = p.national_id"
      " GROUP BY p.rowid ORDER BY 1");
  c.execute(
      "INSERT INTO directory_places (commune_code, profession_code, name_rank, site_rowid, postcode, specialty_code)"
      " SELECT coalesce(s.commune_code, ''), p.profession_code, r.name_rank, s.rowid, s.postcode, s.specialty_code"
      " FROM practice_sites s JOIN professionals p ON p.national_id = s.professional_id"
      " JOIN temp.name_ranks r ON r.national_id = s.professional_id"
      " ORDER BY 1, 2, 3, 4");  // appended in key order: no random B-tree inserts
  c.execute("DELETE FROM temp.name_ranks");
}

bool ensure_search_index(db::Connection& c) {
  auto& directory = c.query("SELECT EXISTS (SELECT 1 FROM professionals)");
  directory.step();
  bool has_directory = directory.int64(0) != 0;
  auto& index = c.query("SELECT EXISTS (SELECT 1 FROM professionals_text)");
  index.step();
  if (!has_directory || index.int64(0) != 0) return false;
  rebuild_professionals_index(c);
  return true;
}

void rebuild_structures_index(db::Connection& c) {
  c.execute("DELETE FROM structures_text");
  c.execute(
      "INSERT INTO structures_text (rowid, names, category)"
      " SELECT rowid, name || ' ' || coalesce(long_name, ''), coalesce(category, '') FROM structures");
}

std::string fts_query(const std::string& typed, const std::string& profession_code) {
  std::string query;
  auto add = [&query](const std::string& word) {
    if (!word.empty()) query += fmt::format("{}\"{}\"*", query.empty() ? "" : " ", word);
  };
  for (const auto& token : text::tokens(typed)) {
    std::string word;  // letters and digits only: nothing else reaches FTS5
    for (char ch : token) {
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        word += ch;
      } else {
        add(word);
        word.clear();
      }
    }
    add(word);
  }
  // Words match the text columns only (not codes), e.g. {names profession places} : ("kine"*).
  if (!query.empty()) query = fmt::format("{{names profession places}} : ({})", query);
  if (!profession_code.empty()) {
    std::string code;  // profession codes are digits; anything else cannot match
    for (char ch : profession_code) {
      if ((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')) code += ch;
    }
    query += fmt::format("{}profession_code : \"{}\"", query.empty() ? "" : " ", code.empty() ? "none" : code);
  }
  return query;
}

std::string fts_with_communes(const std::string& query, const std::vector<std::string>& commune_codes) {
  std::string communes;
  for (const auto& code : commune_codes) {
    std::string token;  // INSEE codes are letters and digits
    for (char ch : code) {
      if ((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')) token += ch;
    }
    if (!token.empty()) communes += fmt::format("{}\"c{}\"", communes.empty() ? "" : " OR ", token);
  }
  if (communes.empty()) communes = "\"cnone\"";  // no commune: matches nothing
  return fmt::format("{} AND communes : ({})", query, communes);
}

}  // namespace maillage::directory
