// Encodings of imported files: UTF-8 recognised, Latin-1 converted.
#include "platform/util/encoding.h"

#include <gtest/gtest.h>

namespace maillage::text {
namespace {

TEST(Encoding, RecognisesWellFormedUtf8Only) {
  EXPECT_TRUE(is_valid_utf8("Médecin généraliste — Œuvre 😀"));
  EXPECT_FALSE(is_valid_utf8("M\xE9" "decin"));         // Latin-1 é
  EXPECT_FALSE(is_valid_utf8("\xC3"));                  // truncated
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));              // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));          // surrogate
}

TEST(Encoding, ConvertsLatin1ToUtf8) {
  EXPECT_EQ(latin1_to_utf8("M\xE9" "decin g\xE9n\xE9raliste"), "Médecin généraliste");
  EXPECT_EQ(latin1_to_utf8("abc"), "abc");
}

TEST(Encoding, ConvertsUtf8ToLatin1AndBack) {
  EXPECT_EQ(utf8_to_latin1("Médecin généraliste, Âgées"), "M\xE9" "decin g\xE9n\xE9raliste, \xC2g\xE9" "es");
  EXPECT_EQ(latin1_to_utf8(utf8_to_latin1("Hébergement pour personnes âgées")), "Hébergement pour personnes âgées");
  EXPECT_EQ(utf8_to_latin1("Œuvre — 😀"), "?uvre ? ?");  // outside Latin-1
}

}  // namespace
}  // namespace maillage::text
