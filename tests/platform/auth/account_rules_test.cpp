#include "platform/auth/account_rules.h"

#include <gtest/gtest.h>

#include <string>

namespace maillage::auth {
namespace {

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

// The rule a password breaks, or "" when it may be chosen.
std::string broken_rule(std::string_view password, std::string_view email = "jeanne.martin@sante.fr") {
  auto result = check_new_password(password, email);
  return result ? result->first : "";
}

TEST(NormalizeEmail, TrimsAndLowerCases) {
  EXPECT_EQ(normalize_email("  Jeanne.Martin@Sante.FR \t\n"), "jeanne.martin@sante.fr");
  EXPECT_EQ(normalize_email("jeanne.martin@sante.fr"), "jeanne.martin@sante.fr");
  EXPECT_EQ(normalize_email("SECRETARIAT@CPTS-AIX.FR"), "secretariat@cpts-aix.fr");
  EXPECT_EQ(normalize_email("   "), "");
  EXPECT_EQ(normalize_email(""), "");
}

TEST(NormalizeEmail, KeepsInnerCharactersAndUtf8Intact) {
  EXPECT_EQ(normalize_email(" Prenom.Nom+CPTS@sante.fr "), "prenom.nom+cpts@sante.fr");
  EXPECT_EQ(normalize_email("hélène@sante.fr"), "hélène@sante.fr");
}

TEST(NormalizeEmail, TheSameAddressTypedDifferentlyIsTheSame) {
  EXPECT_EQ(normalize_email("Jeanne.Martin@sante.fr "), normalize_email(" jeanne.martin@SANTE.fr"));
}

TEST(CheckEmail, AcceptsOrdinaryAddresses) {
  for (const char* email : {"jeanne.martin@sante.fr", "prenom.nom+cpts@sante.fr", "a@b.co",
                            "secretariat@cpts-pays-d-aix.fr", "dr_dupont@mail.ars.sante.fr", "contact42@cpam13.fr"}) {
    EXPECT_EQ(check_email(email), std::nullopt) << email;
  }
}

TEST(CheckEmail, RefusesWhatIsNotAnAddress) {
  for (const char* email : {"", "jeanne.martin.sante.fr",  // no @
                            "jeanne@martin@sante.fr",      // two @
                            "jeanne@localhost",            // no dot in the domain
                            "@sante.fr", "jeanne@", "jeanne@.fr", "jeanne@sante."}) {
    EXPECT_NE(check_email(email), std::nullopt) << email;
  }
}

TEST(CheckEmail, RefusesSpaces) {
  for (const char* email : {"jeanne martin@sante.fr", "jeanne@sante .fr", "jeanne@sante.fr ", " jeanne@sante.fr",
                            "jeanne\t@sante.fr", "jeanne@sante.fr\n"}) {
    EXPECT_NE(check_email(email), std::nullopt) << email;
  }
}

TEST(CheckEmail, RefusesOverlongAddresses) {
  std::string longest = repeat("a", 254 - std::string("@sante.fr").size()) + "@sante.fr";
  ASSERT_EQ(longest.size(), 254u);
  EXPECT_EQ(check_email(longest), std::nullopt);
  EXPECT_NE(check_email("a" + longest), std::nullopt);
}

TEST(CheckNewPassword, AcceptsAnOrdinaryPassphrase) {
  EXPECT_EQ(check_new_password("cheval agrafe pile correcte", "jeanne.martin@sante.fr"), std::nullopt);
  EXPECT_EQ(check_new_password("Tr0ub4dor&3xyz", "jeanne.martin@sante.fr"), std::nullopt);
}

TEST(CheckNewPassword, RefusesFewerThanTwelveCharacters) {
  EXPECT_EQ(broken_rule(""), "min_length");
  EXPECT_EQ(broken_rule("short"), "min_length");
  EXPECT_EQ(broken_rule(repeat("x", kMinPasswordLength - 1)), "min_length");
  EXPECT_EQ(broken_rule(repeat("x", kMinPasswordLength)), "");
  auto result = check_new_password("short", "jeanne.martin@sante.fr");
  ASSERT_TRUE(result);
  EXPECT_NE(result->second.find("12"), std::string::npos) << result->second;
}

TEST(CheckNewPassword, CountsCharactersNotBytes) {
  // 11 "é" are 22 bytes but only 11 characters: still too short. 12 are enough.
  std::string eleven = repeat("é", 11);
  ASSERT_EQ(eleven.size(), 22u);
  EXPECT_EQ(broken_rule(eleven), "min_length");
  EXPECT_EQ(broken_rule(repeat("é", 12)), "");
  // Four-byte characters too.
  EXPECT_EQ(broken_rule(repeat("🔑", 11)), "min_length");
  EXPECT_EQ(broken_rule(repeat("🔑", 12)), "");
}

TEST(CheckNewPassword, RefusesMoreThan256Bytes) {
  EXPECT_EQ(broken_rule(repeat("x", kMaxPasswordLength)), "");
  EXPECT_EQ(broken_rule(repeat("x", kMaxPasswordLength + 1)), "max_length");
  EXPECT_EQ(broken_rule(repeat("x", 10'000)), "max_length");
  // The limit is in bytes: 129 "é" are 258 bytes.
  EXPECT_EQ(broken_rule(repeat("é", 128)), "");
  EXPECT_EQ(broken_rule(repeat("é", 129)), "max_length");
}

TEST(CheckNewPassword, RefusesAPasswordContainingTheEmailLocalPart) {
  EXPECT_EQ(broken_rule("jeanne.martin2024!"), "contains_email");
  EXPECT_EQ(broken_rule("mon-jeanne.martin-secret"), "contains_email");
  EXPECT_EQ(broken_rule("JEANNE.MARTIN-2024"), "contains_email");
  EXPECT_EQ(broken_rule("jeanne.martin@sante.fr"), "contains_email");
  EXPECT_EQ(broken_rule("x-jeanne.martin-x", "Jeanne.Martin@Sante.fr"), "contains_email");
  // Only the local part: the domain alone is no hint.
  EXPECT_EQ(broken_rule("sante.fr sante.fr sante.fr"), "");
  EXPECT_EQ(broken_rule("jeanne et martin, 2024"), "");
}

TEST(CheckNewPassword, AVeryShortLocalPartDoesNotBanOrdinaryPasswords) {
  // "al@…" must not forbid every password containing "al".
  EXPECT_EQ(broken_rule("cheval agrafe pile", "al@sante.fr"), "");
}

}  // namespace
}  // namespace maillage::auth
