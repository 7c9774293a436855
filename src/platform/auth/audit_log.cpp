#include "platform/auth/audit_log.h"

#include "platform/util/time.h"

namespace maillage::auth {
namespace {

constexpr std::string_view kColumns =
    "id, at, actor_type, actor_id, actor_label, client_address, action, resource_type, resource_id, cpts_id,"
    " outcome, prev_hash, hash";

AuditEntry read_entry(db::Statement& st) {
  return {st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6),
          st.text(7),  st.text(8), st.text(9), st.text(10), st.text(11), st.text(12)};
}

db::Value text_or_null(const std::string& s) { return s.empty() ? db::Value{} : db::Value{s}; }

}  // namespace

AuditEntry append_audit(db::Connection& c, AuditEntry e) {
  std::int64_t last_id = 0;
  std::string last_hash = kGenesisHash;
  auto& head = c.query("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1");
  if (head.step()) {
    last_id = head.int64(0);
    last_hash = head.text(1);
  }
  e.id = last_id + 1;
  if (e.at.empty()) e.at = current_timestamp_utc();
  e.prev_hash = last_hash;
  e.hash = compute_entry_hash(e);
  c.execute("INSERT INTO audit_log (" + std::string(kColumns) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.id,
            e.at, e.actor_type, text_or_null(e.actor_id), e.actor_label, e.client_address, e.action, e.resource_type,
            text_or_null(e.resource_id), text_or_null(e.cpts_id), e.outcome, e.prev_hash, e.hash);
  c.execute(
      "INSERT INTO audit_head (singleton, last_id, last_hash) VALUES (1, ?, ?)"
      " ON CONFLICT (singleton) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash",
      e.id, e.hash);
  return e;
}

AuditVerification verify_audit_log(db::Connection& c) {
  ChainVerifier verifier;
  auto& st = c.query("SELECT " + std::string(kColumns) + " FROM audit_log ORDER BY id");
  while (st.step()) verifier.add(read_entry(st));
  std::int64_t head_id = 0;
  std::string head_hash = kGenesisHash;
  auto& head = c.query("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1");
  if (head.step()) {
    head_id = head.int64(0);
    head_hash = head.text(1);
  }
  verifier.finish(head_id, head_hash);
  return {verifier.intact(), verifier.entries(), verifier.last_hash(), verifier.problem().value_or("")};
}

std::vector<AuditEntry> query_audit(db::Connection& c, const AuditFilter& f) {
  std::string sql = "SELECT " + std::string(kColumns) + " FROM audit_log WHERE 1 = 1";
  std::vector<db::Value> params;
  auto where = [&](const std::string& condition, const std::string& value) {
    if (value.empty()) return;
    sql += " AND " + condition;
    params.emplace_back(value);
  };
  // Tenant filter first: whatever else is asked, nothing outside the caller's scope comes back.
  // A coordinator sees the entries of their CPTS and the platform-level entries (sign-ins,
  // password changes) of the people who hold a role in it.
  if (!f.scope.all) {
    std::string in_list;
    for (std::size_t i = 0; i < f.scope.cpts_ids.size(); ++i) in_list += i ? ", ?" : "?";
    if (in_list.empty()) in_list = "NULL";
    sql += " AND (cpts_id IN (" + in_list + ") OR (cpts_id IS NULL AND actor_id IN"
           " (SELECT user_id FROM role_assignments WHERE cpts_id IN (" + in_list + "))))";
    for (int pass = 0; pass < 2; ++pass) {
      for (const auto& id : f.scope.cpts_ids) params.emplace_back(id);
    }
  }
  where("cpts_id = ?", f.cpts_id);
  where("actor_id = ?", f.actor_id);
  where("action = ?", f.action);
  where("resource_type = ?", f.resource_type);
  where("outcome = ?", f.outcome);
  where("at >= ?", f.from);
  where("at < ?", f.to);
  if (f.before_id > 0) {
    sql += " AND id < ?";
    params.emplace_back(f.before_id);
  }
  sql += " ORDER BY id DESC LIMIT ?";
  params.emplace_back(static_cast<std::int64_t>(f.limit));

  auto& st = c.prepare(sql);
  for (std::size_t i = 0; i < params.size(); ++i) st.bind(static_cast<int>(i + 1), params[i]);
  std::vector<AuditEntry> out;
  while (st.step()) out.push_back(read_entry(st));
  return out;
}

}  // namespace maillage::auth
