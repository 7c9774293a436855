#include "directory/search_index.h"

#include <algorithm>

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
      "INSERT INTO professionals_text (rowid, national_id, names, codes)"
      " SELECT r.name_rank, p.national_id, p.last_name || ' ' || coalesce(p.first_name, ''),"
      "        '_p' || p.profession_code || coalesce(' ' || group_concat('_s' || nullif(s.specialty_code, ''), ' '), '')"
      " FROM professionals p JOIN temp.name_ranks r ON r.national_id = p.national_id"
      " LEFT JOIN practice_sites s ON s.professional_id = p.national_id"
      " GROUP BY p.rowid ORDER BY 1");
  c.execute(
      "INSERT INTO directory_places (commune_code, profession_code, name_rank, site_rowid, postcode, specialty_code,"
      "                              accepts_new_patients, snp)"
      " SELECT coalesce(s.commune_code, ''), p.profession_code, r.name_rank, s.rowid, s.postcode, s.specialty_code,"
      "        f.accepts_new_patients, f.snp"
      " FROM practice_sites s JOIN professionals p ON p.national_id = s.professional_id"
      " JOIN temp.name_ranks r ON r.national_id = s.professional_id"
      " JOIN site_capacity_flags f ON f.site_rowid = s.rowid"
      " ORDER BY 1, 2, 3, 4");  // appended in key order: no random B-tree inserts
  c.execute("DELETE FROM temp.name_ranks");
  // The labels, one per code, found by skipping through the code indexes (a few dozen seeks
  // rather than a scan of two million rows).
  c.execute("DELETE FROM directory_labels");
  c.execute(
      "WITH RECURSIVE codes(code) AS ("
      "  SELECT min(profession_code) FROM professionals WHERE profession_code > ''"
      "  UNION ALL SELECT (SELECT min(profession_code) FROM professionals WHERE profession_code > code)"
      "  FROM codes WHERE code IS NOT NULL)"
      " INSERT INTO directory_labels (kind, code, label, profession_code)"
      " SELECT 'profession', code,"
      "        coalesce((SELECT profession FROM professionals WHERE profession_code = code LIMIT 1), ''), code"
      " FROM codes WHERE code IS NOT NULL");
  c.execute(
      "WITH RECURSIVE codes(code) AS ("
      "  SELECT min(specialty_code) FROM practice_sites WHERE specialty_code > ''"
      "  UNION ALL SELECT (SELECT min(specialty_code) FROM practice_sites WHERE specialty_code > code)"
      "  FROM codes WHERE code IS NOT NULL),"
      " one_site(code, rowid) AS ("
      "  SELECT code, (SELECT rowid FROM practice_sites WHERE specialty_code = code LIMIT 1) FROM codes"
      "  WHERE code IS NOT NULL)"
      " INSERT INTO directory_labels (kind, code, label, profession_code)"
      " SELECT 'specialty', o.code, coalesce(s.specialty, ''), p.profession_code"
      " FROM one_site o JOIN practice_sites s ON s.rowid = o.rowid"
      " JOIN professionals p ON p.national_id = s.professional_id");
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

std::vector<SearchLabel> load_search_labels(db::Connection& c) {
  std::vector<SearchLabel> labels;
  auto& st = c.query("SELECT kind, code, label, coalesce(profession_code, '') FROM directory_labels");
  while (st.step()) {
    labels.push_back({.profession = st.text(0) == "profession",
                      .code = st.text(1),
                      .profession_code = st.text(3),
                      .words = text::tokens(st.text(2))});
  }
  return labels;
}

namespace {

/// Letters (lower-cased, as the index holds them) and digits of a code, the rest dropped.
std::string alphanumeric(std::string_view token) {
  std::string out;
  for (char ch : token) {
    if ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z')) out += ch;
    else if (ch >= 'A' && ch <= 'Z') out += static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

/// "_p70": the leading "_" (a token character of the index) keeps code tokens out of the reach of
/// typed prefixes, which are letters and digits.
std::string code_token(char kind, const std::string& code) {
  std::string token = alphanumeric(code);
  return token.empty() ? std::string() : fmt::format("_{}{}", kind, token);
}

/// `"a" OR "b"`: FTS5 tokens, quoted.
std::string either_of(const std::vector<std::string>& tokens) {
  std::string out;
  for (const auto& t : tokens) out += fmt::format("{}\"{}\"", out.empty() ? "" : " OR ", t);
  return out;
}

}  // namespace

std::vector<SearchWord> search_words(const std::string& typed, const std::vector<SearchLabel>& labels) {
  std::vector<SearchWord> words;
  auto add = [&](const std::string& prefix) {
    if (prefix.empty()) return;
    SearchWord word{.prefix = prefix};
    for (const auto& label : labels) {
      bool matches = std::any_of(label.words.begin(), label.words.end(),
                                 [&prefix](const std::string& w) { return w.starts_with(prefix); });
      if (!matches) continue;
      (label.profession ? word.professions : word.specialties).insert(label.code);
      word.carriers.insert(label.profession_code);
    }
    words.push_back(std::move(word));
  };
  for (const auto& token : text::tokens(typed)) {
    std::string word;  // "d'arc" → "d", "arc"
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
  return words;
}

std::string fts_query(const std::vector<SearchWord>& words, const std::string& profession_code,
                      const std::string& specialty_code) {
  std::vector<std::string> terms;
  for (const auto& w : words) {
    std::vector<std::string> codes;
    for (const auto& code : w.professions) codes.push_back(code_token('p', code));
    for (const auto& code : w.specialties) codes.push_back(code_token('s', code));
    std::erase(codes, std::string());
    if (codes.empty()) terms.push_back(fts_names_query(w));
    else terms.push_back(fmt::format("({} OR codes : ({}))", fts_names_query(w), either_of(codes)));
  }
  // A code that cannot be a code matches nothing.
  auto code_term = [](char kind, const std::string& code) {
    std::string token = code_token(kind, code);
    return fmt::format("codes : \"{}\"", token.empty() ? "_none" : token);
  };
  if (!profession_code.empty()) terms.push_back(code_term('p', profession_code));
  if (!specialty_code.empty()) terms.push_back(code_term('s', specialty_code));
  std::string query;
  for (const auto& t : terms) query += fmt::format("{}{}", query.empty() ? "" : " AND ", t);
  return query;
}

std::string fts_names_query(const SearchWord& word) { return fmt::format("names : \"{}\"*", word.prefix); }

}  // namespace maillage::directory
