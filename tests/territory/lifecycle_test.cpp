#include "territory/lifecycle.h"

#include <gtest/gtest.h>

namespace maillage::territory {
namespace {

TEST(Lifecycle, StepsGoForwardOneAtATime) {
  EXPECT_FALSE(check_transition(Status::projet, "", Status::lettre_intention_validee, "2022-01-01"));
  EXPECT_FALSE(check_transition(Status::projet_sante_valide, "2022-01-01", Status::contrat_signe, "2023-02-17"));
  EXPECT_EQ(check_transition(Status::projet, "", Status::contrat_signe, "2022-01-01")->first, "transition");
  EXPECT_EQ(check_transition(Status::contrat_signe, "2022-01-01", Status::projet, "2023-01-01")->first, "transition");
  EXPECT_EQ(check_transition(Status::projet, "", Status::projet, "2022-01-01")->first, "transition");
}

TEST(Lifecycle, DissolutionComesAtAnyStepAndIsFinal) {
  EXPECT_FALSE(check_transition(Status::projet, "", Status::dissoute, "2022-01-01"));
  EXPECT_FALSE(check_transition(Status::contrat_signe, "2022-01-01", Status::dissoute, "2024-01-01"));
  EXPECT_EQ(check_transition(Status::dissoute, "2024-01-01", Status::projet, "2025-01-01")->first, "transition");
}

TEST(Lifecycle, DatesNeverGoBack) {
  EXPECT_EQ(check_transition(Status::projet, "2022-05-01", Status::lettre_intention_validee, "2022-04-30")->first,
            "date_order");
  EXPECT_FALSE(check_transition(Status::projet, "2022-05-01", Status::lettre_intention_validee, "2022-05-01"));
}

TEST(Lifecycle, StatusNamesRoundTrip) {
  for (auto s : {Status::projet, Status::lettre_intention_validee, Status::projet_sante_valide, Status::contrat_signe,
                 Status::dissoute}) {
    EXPECT_EQ(status_from_string(to_string(s)), s);
  }
  EXPECT_EQ(status_from_string("signe"), std::nullopt);
}

}  // namespace
}  // namespace maillage::territory
