// The query plan SQLite makes for the slot search's statement (the text of search_free_slots in
// src/access/snp_store.cpp), for the test that checks it and the benchmark that records it.
#pragma once

#include <string>

#include "platform/db/database.h"

namespace maillage::testing {

/// The plan's lines, joined by " | ".
std::string snp_search_plan(db::Connection& c);

/// True when the plan walks snp_slots_free_by_cpts by CPTS, status and start time, without sorting.
bool snp_search_plan_walks_index(const std::string& plan);

}  // namespace maillage::testing
