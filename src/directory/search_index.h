// The search tables of the directory (migration 0013): the full text of professionals (names,
// profession and specialties, the names of the structures they practise in), its rowid being the
// professional's rank in name order; the practice sites clustered by commune (directory_places);
// the full text of structures (names and category).
#pragma once

#include <string>
#include <vector>

#include "platform/db/database.h"

namespace maillage::directory {

/// Rebuilds professionals_text and directory_places from `professionals` and `practice_sites`
/// (called by the RPPS import inside its transaction: names and places change only there).
void rebuild_professionals_index(db::Connection& c);

/// Rebuilds the professionals' tables when they are empty beside a directory (a migration
/// recreated them); returns whether it did.
bool ensure_search_index(db::Connection& c);

/// Rebuilds the structures' index from `structures` (called by the FINESS import).
void rebuild_structures_index(db::Connection& c);

/// The FTS5 query for what a user typed: every word, as a prefix, quoted so that no FTS syntax
/// gets through ("kiné  d'Arc" → `"kine"* "d"* "arc"*`), and the profession code when one is
/// given (`profession_code : "70"`); empty when nothing is left.
std::string fts_query(const std::string& typed, const std::string& profession_code = {});

/// `query` (not empty) restricted to professionals with a site in one of the communes.
std::string fts_with_communes(const std::string& query, const std::vector<std::string>& commune_codes);

}  // namespace maillage::directory
