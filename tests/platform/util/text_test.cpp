#include "platform/util/text.h"

#include <gtest/gtest.h>

namespace maillage::text {

TEST(TextFold, RemovesAccentsCaseHyphensAndApostrophes) {
  EXPECT_EQ(fold("Saint-Étienne"), "saint etienne");
  EXPECT_EQ(fold("Évry-Courcouronnes"), "evry courcouronnes");
  EXPECT_EQ(fold("L'Haÿ-les-Roses"), "l hay les roses");
  EXPECT_EQ(fold("L’Île-Bouchard"), "l ile bouchard");
  EXPECT_EQ(fold("Œuilly"), "oeuilly");
  EXPECT_EQ(fold("  Marseille   3e  Arrondissement "), "marseille 3e arrondissement");
  EXPECT_EQ(fold("Ploërmel"), "ploermel");
  EXPECT_EQ(fold("2A004"), "2a004");
}

TEST(TextFold, SurvivesInvalidUtf8) {
  EXPECT_EQ(fold(std::string("ab\xff" "cd")), "ab cd");
  EXPECT_EQ(fold(std::string("ab\xc3")), "ab");
}

TEST(TextTokens, SplitsFoldedWords) {
  EXPECT_EQ(tokens("Saint-Étienne-du-Rouvray"), (std::vector<std::string>{"saint", "etienne", "du", "rouvray"}));
  EXPECT_TRUE(tokens(" - ").empty());
}

TEST(TextDigits, RecognisesOnlyDigits) {
  EXPECT_TRUE(is_digits("13003"));
  EXPECT_FALSE(is_digits("2A004"));
  EXPECT_FALSE(is_digits(""));
}

TEST(TextSlug, MakesSafeFileNames) {
  EXPECT_EQ(slug("CPTS Marseille 2&3"), "cpts-marseille-2-3");
  EXPECT_EQ(slug("Pays d'Apt — Lubéron"), "pays-d-apt-luberon");
  EXPECT_EQ(slug("../../etc/passwd"), "etc-passwd");
  EXPECT_EQ(slug("Ελλάδα"), "");
}

}  // namespace maillage::text
