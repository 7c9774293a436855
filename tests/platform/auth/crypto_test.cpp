#include "platform/auth/crypto.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace maillage::auth {
namespace {

bool only_chars_from(const std::string& s, std::string_view alphabet) {
  return s.find_first_not_of(alphabet) == std::string::npos;
}

constexpr std::string_view kLowerHex = "0123456789abcdef";
constexpr std::string_view kBase64Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

TEST(PasswordHash, IsAnArgon2idPhcString) {
  std::string h = hash_password("cheval agrafe pile correcte");
  EXPECT_EQ(h.rfind("$argon2id$", 0), 0u) << h;
  EXPECT_EQ(h.find("cheval"), std::string::npos) << "the password leaks into its hash";
}

TEST(PasswordHash, VerifiesOnlyTheRightPassword) {
  std::string h = hash_password("cheval agrafe pile correcte");
  EXPECT_TRUE(verify_password("cheval agrafe pile correcte", h));
  EXPECT_FALSE(verify_password("cheval agrafe pile correctE", h));
  EXPECT_FALSE(verify_password("cheval agrafe pile correct", h));
  EXPECT_FALSE(verify_password("cheval agrafe pile correcte ", h));
  EXPECT_FALSE(verify_password("", h));
}

TEST(PasswordHash, HandlesUtf8Passwords) {
  std::string h = hash_password("mot de passe très sûr ✓");
  EXPECT_TRUE(verify_password("mot de passe très sûr ✓", h));
  EXPECT_FALSE(verify_password("mot de passe tres sur ✓", h));
}

TEST(PasswordHash, TwoHashesOfTheSamePasswordDifferButBothVerify) {
  std::string a = hash_password("le même mot de passe");
  std::string b = hash_password("le même mot de passe");
  EXPECT_NE(a, b) << "no salt: equal passwords would show as equal hashes";
  EXPECT_TRUE(verify_password("le même mot de passe", a));
  EXPECT_TRUE(verify_password("le même mot de passe", b));
}

TEST(PasswordHash, AMalformedStoredHashVerifiesNothing) {
  EXPECT_FALSE(verify_password("anything", ""));
  EXPECT_FALSE(verify_password("anything", "not a hash"));
  EXPECT_FALSE(verify_password("", "$argon2id$v=19$m=65536,t=2,p=1$garbage"));
}

TEST(RandomToken, IsUrlSafeBase64WithoutPaddingOfTheRightLength) {
  std::string t = random_token();
  EXPECT_EQ(t.size(), 43u);  // 32 bytes
  EXPECT_TRUE(only_chars_from(t, kBase64Url)) << t;
  for (std::size_t bytes : {1u, 2u, 3u, 16u, 24u, 33u, 64u}) {
    std::string s = random_token(bytes);
    EXPECT_EQ(s.size(), (bytes * 4 + 2) / 3) << bytes << " bytes";
    EXPECT_TRUE(only_chars_from(s, kBase64Url)) << s;
  }
}

TEST(RandomToken, ThousandDrawsAreDistinct) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) seen.insert(random_token());
  EXPECT_EQ(seen.size(), 1000u);
}

TEST(RandomToken, UsesTheWholeAlphabet) {
  // 200 tokens of 43 characters: every one of the 64 symbols shows up (else they are not random).
  std::set<char> used;
  for (int i = 0; i < 200; ++i) {
    for (char c : random_token()) used.insert(c);
  }
  EXPECT_EQ(used.size(), kBase64Url.size());
}

TEST(RandomId, Is32LowerCaseHexCharactersAndDistinct) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    std::string id = random_id();
    ASSERT_EQ(id.size(), 32u) << id;
    ASSERT_TRUE(only_chars_from(id, kLowerHex)) << id;
    seen.insert(id);
  }
  EXPECT_EQ(seen.size(), 1000u);
}

TEST(RandomPassword, Is20CharactersWithoutLookAlikes) {
  std::set<std::string> seen;
  std::set<char> used;
  for (int i = 0; i < 500; ++i) {
    std::string p = random_password();
    ASSERT_EQ(p.size(), 20u) << p;
    EXPECT_EQ(p.find_first_of("0O1lI"), std::string::npos) << p;
    EXPECT_TRUE(only_chars_from(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")) << p;
    seen.insert(p);
    used.insert(p.begin(), p.end());
  }
  EXPECT_EQ(seen.size(), 500u);
  // Lower-case, upper-case and digits all appear.
  auto any_of_class = [&](std::string_view chars) {
    for (char c : chars) {
      if (used.count(c)) return true;
    }
    return false;
  };
  EXPECT_TRUE(any_of_class("abcdefghijkmnpqrstuvwxyz"));
  EXPECT_TRUE(any_of_class("ABCDEFGHJKLMNPQRSTUVWXYZ"));
  EXPECT_TRUE(any_of_class("23456789"));
}

TEST(DigestHex, Is64HexCharactersAndDeterministic) {
  std::string d = digest_hex("session token");
  EXPECT_EQ(d.size(), 64u);
  EXPECT_TRUE(only_chars_from(d, kLowerHex)) << d;
  EXPECT_EQ(d, digest_hex("session token"));
}

TEST(DigestHex, DiffersForDifferentInputs) {
  std::set<std::string> seen;
  for (std::string_view s : {"", "a", "b", "ab", "ba", "session token", "session token ", "Session token"}) {
    seen.insert(digest_hex(s));
  }
  EXPECT_EQ(seen.size(), 8u);
  EXPECT_NE(digest_hex(std::string("a\0b", 3)), digest_hex("a"));
}

TEST(DigestHex, IsBlake2b256) {
  // Stored token digests and audit links depend on it. Known values (RFC 7693 BLAKE2b, 32-byte
  // output, no key), as computed by Python's hashlib.blake2b(digest_size=32).
  EXPECT_EQ(digest_hex(""), "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
  EXPECT_EQ(digest_hex("abc"), "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319");
}

TEST(ConstantTimeEquals, ComparesWholeStrings) {
  EXPECT_TRUE(constant_time_equals("", ""));
  EXPECT_TRUE(constant_time_equals("csrf-token-123", "csrf-token-123"));
  EXPECT_FALSE(constant_time_equals("csrf-token-123", "csrf-token-124"));
  EXPECT_FALSE(constant_time_equals("Xsrf-token-123", "csrf-token-123"));
  EXPECT_FALSE(constant_time_equals("csrf-token-123", "csrf-token-12"));
  EXPECT_FALSE(constant_time_equals("csrf-token-12", "csrf-token-123"));
  EXPECT_FALSE(constant_time_equals("", "a"));
  EXPECT_FALSE(constant_time_equals("a", ""));
  EXPECT_TRUE(constant_time_equals(std::string("a\0b", 3), std::string("a\0b", 3)));
  EXPECT_FALSE(constant_time_equals(std::string("a\0b", 3), std::string("a\0c", 3)));
}

TEST(PasswordHash, AnUnknownAccountCostsAVerification) {
  // Used for unknown e-mail addresses so they take as long as known ones; it must never throw.
  EXPECT_NO_THROW(spend_password_verification_time("whatever"));
  EXPECT_NO_THROW(spend_password_verification_time(""));
}

}  // namespace
}  // namespace maillage::auth
