// The search tables of the directory (migrations 0013–0015), derived from `professionals` and
// `practice_sites` and rebuilt by every import:
// - professionals_text: full text of the professionals' names, with code tokens for profession
//   and specialties ("_p70", "_ssm54"); its rowid is the professional's rank in name order, so
//   matches come sorted and a page stops early;
// - directory_labels: the profession and specialty labels, which turn a typed word into codes;
// - directory_places: the practice sites clustered by commune and profession, with capacity flags;
// - structures_text: the full text of structures (names and category).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "platform/db/database.h"

namespace maillage::directory {

/// Rebuilds professionals_text, directory_labels and directory_places (called by the RPPS
/// import inside its transaction: names and places change only there).
void rebuild_professionals_index(db::Connection& c);

/// Rebuilds the professionals' tables when they are empty beside a directory (a migration
/// recreated them); returns whether it did.
bool ensure_search_index(db::Connection& c);

/// Rebuilds the structures' index from `structures` (called by the FINESS import).
void rebuild_structures_index(db::Connection& c);

/// A profession or specialty of the directory, its label split into folded words.
struct SearchLabel {
  bool profession = true;       // else a specialty
  std::string code;
  std::string profession_code;  // the profession itself, or the one whose sites carry the specialty
  std::vector<std::string> words;
};

/// The labels of directory_labels.
std::vector<SearchLabel> load_search_labels(db::Connection& c);

/// One typed word: a prefix of a name, or of a word of these professions' or specialties' labels.
struct SearchWord {
  std::string prefix;                 // folded letters and digits
  std::set<std::string> professions;  // profession codes whose label has a word starting with it
  std::set<std::string> specialties;  // specialty codes likewise
  std::set<std::string> carriers;     // those professions and the professions of those specialties

  bool names_codes() const { return !professions.empty() || !specialties.empty(); }
};

/// The words of what a user typed ("kiné  d'Arc" → kine, d, arc), each with the codes its
/// prefix stands for. Only letters and digits are kept: no FTS syntax gets through.
std::vector<SearchWord> search_words(const std::string& typed, const std::vector<SearchLabel>& labels);

/// The FTS5 query for the words (all required), a profession code and a specialty code (either
/// may be empty); empty when there is nothing to match. A word matches a name prefix or one of
/// its codes: `(names : "kine"* OR codes : ("_p70"))`.
std::string fts_query(const std::vector<SearchWord>& words, const std::string& profession_code,
                      const std::string& specialty_code);

/// The FTS5 query for names starting with the word: `names : "kine"*`.
std::string fts_names_query(const SearchWord& word);

}  // namespace maillage::directory
