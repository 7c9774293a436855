// The membership rules: which status changes are allowed, how they are dated, what a second
// request does, and which fees are unpaid.
#include "membership/rules.h"

#include <gtest/gtest.h>

namespace maillage::membership {
namespace {

constexpr Status kAll[] = {Status::demande, Status::active, Status::suspendue, Status::radiee};

bool allowed(Status from, Status to) { return !check_transition(from, to).has_value(); }

TEST(MembershipRules, EachStatusMovesOnlyToItsAllowedSuccessors) {
  EXPECT_TRUE(allowed(Status::demande, Status::active));
  EXPECT_TRUE(allowed(Status::demande, Status::radiee));
  EXPECT_FALSE(allowed(Status::demande, Status::suspendue));
  EXPECT_TRUE(allowed(Status::active, Status::suspendue));
  EXPECT_TRUE(allowed(Status::active, Status::radiee));
  EXPECT_FALSE(allowed(Status::active, Status::demande));
  EXPECT_TRUE(allowed(Status::suspendue, Status::active));
  EXPECT_TRUE(allowed(Status::suspendue, Status::radiee));
  EXPECT_FALSE(allowed(Status::suspendue, Status::demande));
}

TEST(MembershipRules, NoStatusMovesToItselfAndAStruckOffMembershipIsFinal) {
  for (Status s : kAll) {
    auto broken = check_transition(s, s);
    ASSERT_TRUE(broken.has_value()) << to_string(s);
    EXPECT_EQ(broken->rule, "transition");
    EXPECT_FALSE(allowed(Status::radiee, s)) << to_string(s);
  }
  EXPECT_NE(check_transition(Status::radiee, Status::active)->message.find("new request"), std::string::npos);
}

TEST(MembershipRules, ARefusedTransitionSaysWhatIsPossible) {
  auto broken = check_transition(Status::demande, Status::suspendue);
  ASSERT_TRUE(broken.has_value());
  EXPECT_NE(broken->message.find("active or radiee"), std::string::npos) << broken->message;
}

TEST(MembershipRules, AMembershipStartsAsARequestOrActive) {
  EXPECT_FALSE(check_start(Status::demande).has_value());
  EXPECT_FALSE(check_start(Status::active).has_value());
  EXPECT_EQ(check_start(Status::suspendue)->rule, "initial_status");
  EXPECT_EQ(check_start(Status::radiee)->rule, "initial_status");
}

TEST(MembershipRules, ASecondRequestIsRefusedUnlessTheFirstWasStruckOff) {
  EXPECT_EQ(request_outcome(std::nullopt), RequestOutcome::create);
  EXPECT_EQ(request_outcome(Status::demande), RequestOutcome::duplicate);
  EXPECT_EQ(request_outcome(Status::active), RequestOutcome::duplicate);
  EXPECT_EQ(request_outcome(Status::suspendue), RequestOutcome::duplicate);
  EXPECT_EQ(request_outcome(Status::radiee), RequestOutcome::reopen);
}

TEST(MembershipRules, DatesAreNeitherInTheFutureNorBeforeThePreviousChange) {
  EXPECT_FALSE(check_date("2026-03-01", "2026-02-01", "2026-03-01").has_value());  // today is fine
  EXPECT_FALSE(check_date("2026-02-01", "2026-02-01", "2026-03-01").has_value());  // same day as the previous
  EXPECT_FALSE(check_date("2020-01-01", "", "2026-03-01").has_value());            // first change: any past date
  EXPECT_EQ(check_date("2026-03-02", "", "2026-03-01")->rule, "date_future");
  EXPECT_EQ(check_date("2026-01-31", "2026-02-01", "2026-03-01")->rule, "date_order");
}

TEST(MembershipRules, OnlyRealCalendarDatesAreDates) {
  EXPECT_TRUE(is_date("2024-02-29"));
  EXPECT_FALSE(is_date("2023-02-29"));
  EXPECT_FALSE(is_date("2026-04-31"));
  EXPECT_FALSE(is_date("2026-13-01"));
  EXPECT_FALSE(is_date("2026-1-01"));
  EXPECT_FALSE(is_date("2026-01-01T10:00"));
  EXPECT_FALSE(is_date("01/02/2026"));
  EXPECT_TRUE(is_date("2000-02-29"));
  EXPECT_FALSE(is_date("1900-02-29"));
}

TEST(MembershipRules, FeesGoFrom2000ToNextYear) {
  EXPECT_FALSE(check_fee_year(2000, "2026-05-01").has_value());
  EXPECT_FALSE(check_fee_year(2027, "2026-05-01").has_value());
  EXPECT_EQ(check_fee_year(2028, "2026-05-01")->rule, "range");
  EXPECT_EQ(check_fee_year(1999, "2026-05-01")->rule, "range");
}

TEST(MembershipRules, AFeeIsUnpaidWhenAnAmountIsDueWithoutPaymentDate) {
  EXPECT_FALSE(is_unpaid(std::nullopt));
  EXPECT_TRUE(is_unpaid(Fee{2026, 3000, ""}));
  EXPECT_FALSE(is_unpaid(Fee{2026, 3000, "2026-02-03"}));
  EXPECT_FALSE(is_unpaid(Fee{2026, 0, ""}));  // a free membership owes nothing
}

TEST(MembershipRules, NamesRoundTrip) {
  for (Status s : kAll) EXPECT_EQ(status_from_string(to_string(s)), s);
  EXPECT_EQ(status_from_string("Active"), std::nullopt);
  EXPECT_EQ(member_kind_from_string(to_string(MemberKind::structure)), MemberKind::structure);
  EXPECT_EQ(member_kind_from_string("person"), std::nullopt);
}

}  // namespace
}  // namespace maillage::membership
