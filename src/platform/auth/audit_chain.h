// The rules of the audit chain (pure, no I/O): how an entry is hashed and how a sequence of
// entries is checked for alteration, deletion and reordering.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace maillage::auth {

/// One audit entry: who (actor), from where, did what to which resource of which CPTS, and how
/// it ended ("success", "denied", "failure").
struct AuditEntry {
  std::int64_t id = 0;
  std::string at;
  std::string actor_type;  // user, token, anonymous, cli
  std::string actor_id;
  std::string actor_label;
  std::string client_address;
  std::string action;         // e.g. "session.create", "user.disable", "patient.read"
  std::string resource_type;  // e.g. "session", "user", "cpts"
  std::string resource_id;
  std::string cpts_id;
  std::string outcome;
  std::string prev_hash;
  std::string hash;
};

/// The hash before the first entry.
inline const std::string kGenesisHash(64, '0');

/// BLAKE2b-256 over the entry's id, every field and `prev_hash` (unambiguously delimited).
std::string compute_entry_hash(const AuditEntry& entry);

/// Checks entries fed in id order. The first problem found is kept.
class ChainVerifier {
 public:
  /// Feeds the next entry as stored.
  void add(const AuditEntry& entry);
  /// Checks the recorded head (last id and hash) against the entries seen.
  void finish(std::int64_t head_id, const std::string& head_hash);

  bool intact() const { return !problem_; }
  const std::optional<std::string>& problem() const { return problem_; }
  std::int64_t entries() const { return count_; }
  const std::string& last_hash() const { return last_hash_; }

 private:
  void fail(std::string message) {
    if (!problem_) problem_ = std::move(message);
  }
  std::int64_t count_ = 0;
  std::int64_t last_id_ = 0;
  std::string last_hash_ = kGenesisHash;
  std::optional<std::string> problem_;
};

}  // namespace maillage::auth
