#include "membership/college_store.h"

#include "platform/auth/crypto.h"

namespace maillage::membership {
namespace {

#define MAILLAGE_COLLEGE_SELECT                                                                       \
  "SELECT g.id, g.cpts_id, g.name, g.position,"                                                       \
  " (SELECT COUNT(*) FROM memberships m WHERE m.college_id = g.id) FROM cpts_colleges g WHERE g.cpts_id = ?"

College read_college(db::Statement& st) { return {st.text(0), st.text(1), st.text(2), st.int64(3), st.int64(4)}; }

}  // namespace

std::vector<College> list_colleges(db::Connection& c, const std::string& cpts_id) {
  std::vector<College> out;
  auto& st = c.query(MAILLAGE_COLLEGE_SELECT " ORDER BY g.position, g.name", cpts_id);
  while (st.step()) out.push_back(read_college(st));
  return out;
}

std::optional<College> find_college(db::Connection& c, const std::string& cpts_id, const std::string& id) {
  auto& st = c.query(MAILLAGE_COLLEGE_SELECT " AND g.id = ?", cpts_id, id);
  if (!st.step()) return std::nullopt;
  return read_college(st);
}

College create_college(db::Connection& c, const std::string& cpts_id, const std::string& name, std::int64_t position,
                       const std::string& at) {
  College college{auth::random_id(), cpts_id, name, position, 0};
  c.execute("INSERT INTO cpts_colleges (id, cpts_id, name, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            college.id, cpts_id, name, position, at, at);
  return college;
}

void update_college(db::Connection& c, const College& college, const std::string& at) {
  c.execute("UPDATE cpts_colleges SET name = ?, position = ?, updated_at = ? WHERE id = ? AND cpts_id = ?", college.name,
            college.position, at, college.id, college.cpts_id);
}

void delete_college(db::Connection& c, const College& college) {
  c.execute("DELETE FROM cpts_colleges WHERE id = ? AND cpts_id = ?", college.id, college.cpts_id);
}

}  // namespace maillage::membership
