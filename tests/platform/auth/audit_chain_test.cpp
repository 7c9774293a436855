#include "platform/auth/audit_chain.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace maillage::auth {
namespace {

// Every hashed text field of an entry, with its name for messages (`hash` itself is not hashed).
const std::vector<std::pair<const char*, std::string AuditEntry::*>> kHashedFields = {
    {"at", &AuditEntry::at},
    {"actor_type", &AuditEntry::actor_type},
    {"actor_id", &AuditEntry::actor_id},
    {"actor_label", &AuditEntry::actor_label},
    {"client_address", &AuditEntry::client_address},
    {"action", &AuditEntry::action},
    {"resource_type", &AuditEntry::resource_type},
    {"resource_id", &AuditEntry::resource_id},
    {"cpts_id", &AuditEntry::cpts_id},
    {"outcome", &AuditEntry::outcome},
    {"prev_hash", &AuditEntry::prev_hash},
};

AuditEntry sample_entry() {
  AuditEntry e;
  e.id = 7;
  e.at = "2024-03-05T09:12:44Z";
  e.actor_type = "user";
  e.actor_id = "u-42";
  e.actor_label = "Jeanne Martin";
  e.client_address = "192.0.2.10";
  e.action = "user.disable";
  e.resource_type = "user";
  e.resource_id = "u-77";
  e.cpts_id = "cpts-aix";
  e.outcome = "success";
  e.prev_hash = kGenesisHash;
  return e;
}

// A well-formed chain of `n` entries (ids 1..n), hashed with the real rule.
std::vector<AuditEntry> make_chain(int n) {
  std::vector<AuditEntry> chain;
  std::string prev = kGenesisHash;
  for (int i = 1; i <= n; ++i) {
    AuditEntry e;
    e.id = i;
    e.at = "2024-03-05T09:" + std::to_string(10 + i % 50) + ":00Z";
    e.actor_type = i % 3 == 0 ? "token" : "user";
    e.actor_id = "u-" + std::to_string(i % 4);
    e.actor_label = "Utilisateur " + std::to_string(i % 4);
    e.client_address = "192.0.2." + std::to_string(i);
    e.action = i % 2 ? "session.create" : "patient.read";
    e.resource_type = i % 2 ? "session" : "patient";
    e.resource_id = "r-" + std::to_string(i);
    e.cpts_id = i % 5 ? "cpts-aix" : "";
    e.outcome = i % 7 ? "success" : "denied";
    e.prev_hash = prev;
    e.hash = compute_entry_hash(e);
    prev = e.hash;
    chain.push_back(e);
  }
  return chain;
}

// Re-hashes an entry after it was edited (what a careful forger would do).
void rehash(AuditEntry& e) { e.hash = compute_entry_hash(e); }

ChainVerifier verify(const std::vector<AuditEntry>& entries, std::int64_t head_id, const std::string& head_hash) {
  ChainVerifier v;
  for (const auto& e : entries) v.add(e);
  v.finish(head_id, head_hash);
  return v;
}

// Verifies `entries` against the head of the untouched chain `original`.
ChainVerifier verify(const std::vector<AuditEntry>& entries, const std::vector<AuditEntry>& original) {
  return verify(entries, original.back().id, original.back().hash);
}

std::string problem(const ChainVerifier& v) { return v.problem().value_or(""); }

bool mentions(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

// ---- compute_entry_hash -------------------------------------------------------------------------

TEST(AuditEntryHash, IsDeterministicHexOf64Characters) {
  AuditEntry e = sample_entry();
  std::string h = compute_entry_hash(e);
  EXPECT_EQ(h, compute_entry_hash(sample_entry()));
  EXPECT_EQ(h.size(), 64u);
  EXPECT_EQ(h.find_first_not_of("0123456789abcdef"), std::string::npos) << h;
}

TEST(AuditEntryHash, IsStableAcrossVersions) {
  // Chains already stored must still verify after an upgrade: the serialization (id, "|", then
  // each field as "<byte length>:<bytes>") and BLAKE2b-256 must not change. Computed independently
  // with Python's hashlib.blake2b(digest_size=32).
  EXPECT_EQ(compute_entry_hash(sample_entry()), "b03cc877db8ba97e0e16be511e602582d2d9658e31574a7ef622e29d8c4c0ea2");
}

TEST(AuditEntryHash, ChangesWhenAnySingleFieldChanges) {
  const AuditEntry base = sample_entry();
  const std::string h = compute_entry_hash(base);
  for (const auto& [name, field] : kHashedFields) {
    AuditEntry changed = base;
    changed.*field += "x";
    EXPECT_NE(compute_entry_hash(changed), h) << name << " is not covered by the hash";
    AuditEntry emptied = base;
    emptied.*field = "";
    EXPECT_NE(compute_entry_hash(emptied), h) << name << " emptied";
    AuditEntry one_letter = base;
    (one_letter.*field)[0] ^= 1;
    EXPECT_NE(compute_entry_hash(one_letter), h) << name << " with one letter changed";
  }
  AuditEntry renumbered = base;
  renumbered.id += 1;
  EXPECT_NE(compute_entry_hash(renumbered), h) << "id is not covered by the hash";
}

TEST(AuditEntryHash, DoesNotDependOnTheStoredHash) {
  AuditEntry a = sample_entry();
  AuditEntry b = sample_entry();
  b.hash = "whatever was stored";
  EXPECT_EQ(compute_entry_hash(a), compute_entry_hash(b));
}

TEST(AuditEntryHash, FieldBoundariesCannotBeShifted) {
  AuditEntry a = sample_entry();
  a.action = "ab";
  a.resource_type = "c";
  AuditEntry b = sample_entry();
  b.action = "a";
  b.resource_type = "bc";
  EXPECT_NE(compute_entry_hash(a), compute_entry_hash(b));

  // Every pair of neighbouring fields, moving text across the boundary, including text that looks
  // like a length prefix or a separator.
  for (std::size_t i = 0; i + 1 < kHashedFields.size(); ++i) {
    auto left = kHashedFields[i].second;
    auto right = kHashedFields[i + 1].second;
    for (auto [l1, r1, l2, r2] : std::vector<std::array<const char*, 4>>{
             {"ab", "c", "a", "bc"}, {"", "ab", "ab", ""}, {"1:a", "", "", "1:a"}, {"a2:", "bc", "a", "2:bc"},
             {"a|", "b", "a", "|b"}, {"a,", "b", "a", ",b"}, {"a\n", "b", "a", "\nb"}, {"a;", "b", "a", ";b"},
             {"a\t", "b", "a", "\tb"}}) {
      AuditEntry x = sample_entry();
      x.*left = l1;
      x.*right = r1;
      AuditEntry y = sample_entry();
      y.*left = l2;
      y.*right = r2;
      EXPECT_NE(compute_entry_hash(x), compute_entry_hash(y))
          << kHashedFields[i].first << "=\"" << l1 << "\" " << kHashedFields[i + 1].first << "=\"" << r1 << "\"";
    }
  }

  // Nor between the id and the first field.
  AuditEntry c = sample_entry();
  c.id = 1;
  c.at = "2|x";
  AuditEntry d = sample_entry();
  d.id = 12;
  d.at = "x";
  EXPECT_NE(compute_entry_hash(c), compute_entry_hash(d));
}

TEST(AuditEntryHash, GenesisIs64Zeros) {
  EXPECT_EQ(kGenesisHash, std::string(64, '0'));
}

// ---- ChainVerifier ------------------------------------------------------------------------------

TEST(ChainVerifier, AWellFormedChainIsIntact) {
  auto chain = make_chain(20);
  ChainVerifier v = verify(chain, chain);
  EXPECT_TRUE(v.intact()) << problem(v);
  EXPECT_EQ(v.problem(), std::nullopt);
  EXPECT_EQ(v.entries(), 20);
  EXPECT_EQ(v.last_hash(), chain.back().hash);
  EXPECT_EQ(chain.front().prev_hash, kGenesisHash);
}

TEST(ChainVerifier, AnEmptyLogWithAnEmptyHeadIsIntact) {
  ChainVerifier v = verify({}, 0, kGenesisHash);
  EXPECT_TRUE(v.intact()) << problem(v);
  EXPECT_EQ(v.entries(), 0);
  EXPECT_EQ(v.last_hash(), kGenesisHash);
}

TEST(ChainVerifier, ReportsAnAlteredEntry) {
  auto original = make_chain(20);
  auto chain = original;
  chain[6].outcome = "success";  // entry 7 was "denied"
  ASSERT_NE(original[6].outcome, chain[6].outcome);
  ChainVerifier v = verify(chain, original);
  EXPECT_FALSE(v.intact());
  EXPECT_TRUE(mentions(problem(v), "entry 7 ")) << problem(v);
  EXPECT_TRUE(mentions(problem(v), "altered")) << problem(v);
}

TEST(ChainVerifier, ReportsEveryKindOfFieldAlteration) {
  auto original = make_chain(20);
  for (const auto& [name, field] : kHashedFields) {
    auto chain = original;
    chain[11].*field += "!";
    ChainVerifier v = verify(chain, original);
    EXPECT_FALSE(v.intact()) << name;
    EXPECT_TRUE(mentions(problem(v), "entry 12 ")) << name << ": " << problem(v);
  }
}

TEST(ChainVerifier, ReportsAnAlteredEntryEvenWhenItsHashWasRecomputed) {
  auto original = make_chain(20);
  auto chain = original;
  chain[6].actor_label = "Quelqu'un d'autre";
  rehash(chain[6]);
  ChainVerifier v = verify(chain, original);
  EXPECT_FALSE(v.intact());
  // Entry 7 now looks consistent on its own, but entry 8 no longer follows it.
  EXPECT_TRUE(mentions(problem(v), "entry 8 ")) << problem(v);
}

TEST(ChainVerifier, ReportsARewrittenLastEntryThroughTheHead) {
  auto original = make_chain(20);
  auto chain = original;
  chain.back().outcome = "failure";
  rehash(chain.back());
  ChainVerifier v = verify(chain, original);
  EXPECT_FALSE(v.intact());
  EXPECT_TRUE(mentions(problem(v), "head")) << problem(v);
}

TEST(ChainVerifier, ReportsADeletedMiddleEntry) {
  auto original = make_chain(20);
  auto chain = original;
  chain.erase(chain.begin() + 9);  // entry 10
  ChainVerifier v = verify(chain, original);
  EXPECT_FALSE(v.intact());
  EXPECT_TRUE(mentions(problem(v), "entry 10 ")) << problem(v);
  EXPECT_TRUE(mentions(problem(v), "missing")) << problem(v);
}

TEST(ChainVerifier, ReportsADeletedFirstEntry) {
  auto original = make_chain(20);
  auto chain = original;
  chain.erase(chain.begin());
  ChainVerifier v = verify(chain, original);
  EXPECT_FALSE(v.intact());
  EXPECT_TRUE(mentions(problem(v), "entry 1 ")) << problem(v);
}

TEST(ChainVerifier, ReportsADeletedEntryEvenWhenTheOthersWereRenumbered) {
  auto original = make_chain(20);
  auto chain = original;
  chain.erase(chain.begin() + 9);
  for (std::size_t i = 9; i < chain.size(); ++i) {
    chain[i].id = static_cast<std::int64_t>(i) + 1;
    rehash(chain[i]);
  }
  ChainVerifier v = verify(chain, chain.back().id, chain.back().hash);  // even with a forged head
  EXPECT_FALSE(v.intact());
  EXPECT_TRUE(mentions(problem(v), "entry 10 ")) << problem(v);
}

TEST(ChainVerifier, ReportsTwoSwappedEntries) {
  auto original = make_chain(20);
  // The contents of entries 5 and 6 exchanged, each keeping its place (id) in the log.
  auto chain = original;
  std::swap(chain[4], chain[5]);
  chain[4].id = 5;
  chain[5].id = 6;
  ChainVerifier v = verify(chain, original);
  EXPECT_FALSE(v.intact());
  EXPECT_TRUE(mentions(problem(v), "entry 5 ")) << problem(v);

  // The same, with the forger re-hashing the swapped entries.
  rehash(chain[4]);
  rehash(chain[5]);
  ChainVerifier w = verify(chain, original);
  EXPECT_FALSE(w.intact());
  EXPECT_TRUE(mentions(problem(w), "entry 5 ")) << problem(w);
}

TEST(ChainVerifier, ReportsEntriesFedOutOfOrder) {
  auto original = make_chain(20);
  auto chain = original;
  std::swap(chain[4], chain[5]);  // ids 1 2 3 4 6 5 7 …
  ChainVerifier v = verify(chain, original);
  EXPECT_FALSE(v.intact());
  EXPECT_TRUE(mentions(problem(v), "entry 5 ")) << problem(v);
}

TEST(ChainVerifier, ReportsAnEntryWhosePrevHashPointsElsewhere) {
  auto original = make_chain(20);
  auto chain = original;
  chain[14].prev_hash = chain[12].hash;  // entry 15 claims to follow entry 13
  rehash(chain[14]);
  ChainVerifier v = verify(chain, original);
  EXPECT_FALSE(v.intact());
  EXPECT_TRUE(mentions(problem(v), "entry 15 ")) << problem(v);
  EXPECT_TRUE(mentions(problem(v), "does not follow")) << problem(v);
}

TEST(ChainVerifier, ReportsAFirstEntryThatDoesNotStartFromGenesis) {
  auto original = make_chain(3);
  auto chain = original;
  chain[0].prev_hash = std::string(64, 'f');
  rehash(chain[0]);
  ChainVerifier v = verify(chain, original);
  EXPECT_FALSE(v.intact());
  EXPECT_TRUE(mentions(problem(v), "entry 1 ")) << problem(v);
}

TEST(ChainVerifier, ReportsEntriesRemovedAtTheEnd) {
  auto original = make_chain(20);
  auto chain = original;
  chain.resize(17);
  // Every remaining entry is fine on its own: only the head tells.
  ChainVerifier v = verify(chain, original);
  EXPECT_FALSE(v.intact());
  EXPECT_EQ(v.entries(), 17);
  EXPECT_TRUE(mentions(problem(v), "entry 17 ")) << problem(v);
  EXPECT_TRUE(mentions(problem(v), "entry 20 ")) << problem(v);
}

TEST(ChainVerifier, ReportsAnEmptiedLog) {
  auto original = make_chain(5);
  ChainVerifier v = verify({}, original);
  EXPECT_FALSE(v.intact());
  EXPECT_TRUE(mentions(problem(v), "entry 5 ")) << problem(v);
}

TEST(ChainVerifier, ReportsAnAlteredHead) {
  auto chain = make_chain(20);
  EXPECT_FALSE(verify(chain, 20, chain[18].hash).intact());
  EXPECT_FALSE(verify(chain, 21, chain.back().hash).intact());
}

TEST(ChainVerifier, KeepsTheFirstProblemFound) {
  auto original = make_chain(20);
  auto chain = original;
  chain[2].action = "altered";  // entry 3
  chain.erase(chain.begin() + 9);  // entry 10
  chain.resize(15);
  ChainVerifier v = verify(chain, original);
  EXPECT_FALSE(v.intact());
  EXPECT_TRUE(mentions(problem(v), "entry 3 ")) << problem(v);
}

}  // namespace
}  // namespace maillage::auth
