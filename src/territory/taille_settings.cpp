#include "territory/taille_settings.h"

namespace maillage::territory {

TailleSetting load_taille_setting(db::Connection& c) {
  TailleSetting setting;
  auto& st = c.query("SELECT taille2, taille3, taille4, updated_at, updated_by FROM taille_thresholds WHERE id = 1");
  if (st.step()) {
    setting.thresholds = {st.int64(0), st.int64(1), st.int64(2)};
    setting.updated_at = st.text(3);
    setting.updated_by = st.text(4);
  }
  return setting;
}

std::optional<std::string> invalid_thresholds(const TailleThresholds& t) {
  if (t.taille2 <= 0) return "the threshold of taille 2 must be more than 0";
  if (t.taille3 <= t.taille2) return "the threshold of taille 3 must be more than that of taille 2";
  if (t.taille4 <= t.taille3) return "the threshold of taille 4 must be more than that of taille 3";
  return std::nullopt;
}

void save_taille_setting(db::Connection& c, const TailleSetting& setting) {
  const auto& t = setting.thresholds;
  c.execute(
      "INSERT INTO taille_thresholds (id, taille2, taille3, taille4, updated_at, updated_by) VALUES (1, ?, ?, ?, ?, ?)"
      " ON CONFLICT (id) DO UPDATE SET taille2 = excluded.taille2, taille3 = excluded.taille3,"
      " taille4 = excluded.taille4, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
      t.taille2, t.taille3, t.taille4, setting.updated_at, setting.updated_by);
}

}  // namespace maillage::territory
