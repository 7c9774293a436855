#include "platform/auth/audit_chain.h"

#include "platform/auth/crypto.h"

namespace maillage::auth {

std::string compute_entry_hash(const AuditEntry& e) {
  // Length-prefixed fields: no choice of field contents can make two entries serialize alike.
  std::string data;
  for (const std::string* field : {&e.at, &e.actor_type, &e.actor_id, &e.actor_label, &e.client_address, &e.action,
                                   &e.resource_type, &e.resource_id, &e.cpts_id, &e.outcome, &e.prev_hash}) {
    data += std::to_string(field->size());
    data += ':';
    data += *field;
  }
  return digest_hex(std::to_string(e.id) + "|" + data);
}

void ChainVerifier::add(const AuditEntry& e) {
  std::int64_t expected = last_id_ + 1;
  if (e.id != expected) {
    fail(e.id > expected ? "entry " + std::to_string(expected) + " is missing (the log jumps from " +
                               std::to_string(last_id_) + " to " + std::to_string(e.id) + ")"
                         : "entry " + std::to_string(e.id) + " is out of order");
  } else if (e.prev_hash != last_hash_) {
    fail("entry " + std::to_string(e.id) + " does not follow entry " + std::to_string(last_id_) +
         " (chain broken: entries removed or reordered)");
  } else if (compute_entry_hash(e) != e.hash) {
    fail("entry " + std::to_string(e.id) + " was altered (its content no longer matches its hash)");
  }
  ++count_;
  last_id_ = e.id;
  last_hash_ = e.hash;
}

void ChainVerifier::finish(std::int64_t head_id, const std::string& head_hash) {
  if (head_id != last_id_ || head_hash != last_hash_) {
    fail("the log ends at entry " + std::to_string(last_id_) + " but its head records entry " +
         std::to_string(head_id) + " (entries removed at the end, or the head was altered)");
  }
}

}  // namespace maillage::auth
