#include "territory/cpts_store.h"

#include "platform/auth/crypto.h"
#include "platform/util/time.h"

namespace maillage::territory {

Cpts create_cpts(db::Connection& c, const std::string& name) {
  Cpts cpts{auth::random_id(), name, current_timestamp_utc()};
  c.execute("INSERT INTO cpts (id, name, created_at) VALUES (?, ?, ?)", cpts.id, cpts.name, cpts.created_at);
  return cpts;
}

std::optional<Cpts> find_cpts(db::Connection& c, const std::string& id, const auth::TenantScope& scope) {
  if (!scope.includes(id)) return std::nullopt;
  auto& st = c.query("SELECT id, name, created_at FROM cpts WHERE id = ?", id);
  if (!st.step()) return std::nullopt;
  return Cpts{st.text(0), st.text(1), st.text(2)};
}

std::vector<Cpts> list_cpts(db::Connection& c, const auth::TenantScope& scope) {
  std::vector<Cpts> out;
  auto& st = c.query("SELECT id, name, created_at FROM cpts ORDER BY name");
  while (st.step()) {
    if (scope.includes(st.text(0))) out.push_back({st.text(0), st.text(1), st.text(2)});
  }
  return out;
}

std::optional<Cpts> find_cpts_by_name(db::Connection& c, const std::string& name) {
  auto& st = c.query("SELECT id, name, created_at FROM cpts WHERE name = ?", name);
  if (!st.step()) return std::nullopt;
  return Cpts{st.text(0), st.text(1), st.text(2)};
}

}  // namespace maillage::territory
