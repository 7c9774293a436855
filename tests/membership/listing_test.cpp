// The membership list of a CPTS: filters, order by name without accents, and the coordinator's
// summary (pending requests, unpaid fees).
#include "membership/listing.h"

#include <gtest/gtest.h>

namespace maillage::membership {
namespace {

MemberRow row(std::string id, std::string first, std::string last, std::string profession, Status status,
              std::string college = {}, std::optional<Fee> fee = std::nullopt) {
  MemberRow r;
  r.membership.id = std::move(id);
  r.membership.member_id = "8" + r.membership.id;
  r.membership.status = status;
  r.membership.college_id = std::move(college);
  r.member.known = true;
  r.member.first_name = first;
  r.member.last_name = last;
  r.member.name = first + " " + last;
  r.member.profession_code = std::move(profession);
  r.current_fee = std::move(fee);
  return r;
}

std::vector<std::string> ids(const std::vector<const MemberRow*>& rows) {
  std::vector<std::string> out;
  for (const auto* r : rows) out.push_back(r->membership.id);
  return out;
}

class Listing : public ::testing::Test {
 protected:
  std::vector<MemberRow> rows = {
      row("1", "Hélène", "Écuyer", "10", Status::active, "med", Fee{2026, 3000, ""}),
      row("2", "Marc", "Durand", "70", Status::demande),
      row("3", "Anne", "Dupont", "10", Status::active, "med", Fee{2026, 3000, "2026-01-15"}),
      row("4", "Paul", "Zola", "60", Status::suspendue, "", Fee{2026, 1500, ""}),
      row("5", "Léa", "Martin", "10", Status::active),
  };
};

TEST_F(Listing, OrdersByLastNameWithoutAccents) {
  EXPECT_EQ(ids(select_rows(rows, {})), (std::vector<std::string>{"3", "2", "1", "5", "4"}));
}

TEST_F(Listing, FiltersCombine) {
  EXPECT_EQ(ids(select_rows(rows, {.status = Status::active})), (std::vector<std::string>{"3", "1", "5"}));
  EXPECT_EQ(ids(select_rows(rows, {.status = Status::active, .college_id = "med"})), (std::vector<std::string>{"3", "1"}));
  EXPECT_EQ(ids(select_rows(rows, {.college_id = "none"})), (std::vector<std::string>{"2", "5", "4"}));
  EXPECT_EQ(ids(select_rows(rows, {.profession_code = "70"})), (std::vector<std::string>{"2"}));
  EXPECT_EQ(ids(select_rows(rows, {.unpaid = true})), (std::vector<std::string>{"1", "4"}));
  EXPECT_EQ(ids(select_rows(rows, {.unpaid = false})), (std::vector<std::string>{"3", "2", "5"}));
}

TEST_F(Listing, SearchesNameWordsByPrefixWithoutCaseOrAccents) {
  EXPECT_EQ(ids(select_rows(rows, {.query = "ecuy"})), (std::vector<std::string>{"1"}));
  EXPECT_EQ(ids(select_rows(rows, {.query = "HELENE ECUYER"})), (std::vector<std::string>{"1"}));
  EXPECT_EQ(ids(select_rows(rows, {.query = "lea mart"})), (std::vector<std::string>{"5"}));
  EXPECT_EQ(ids(select_rows(rows, {.query = "83"})), (std::vector<std::string>{"3"}));  // the national id
  EXPECT_TRUE(select_rows(rows, {.query = "léa durand"}).empty());
}

TEST_F(Listing, SummaryCountsStatusesRequestsAndUnpaidFees) {
  Summary s = summarize(rows);
  EXPECT_EQ(s.by_status.at(Status::active), 3);
  EXPECT_EQ(s.by_status.at(Status::demande), 1);
  EXPECT_EQ(s.by_status.at(Status::suspendue), 1);
  EXPECT_EQ(s.by_status.at(Status::radiee), 0);
  EXPECT_EQ(s.pending_requests, 1);
  EXPECT_EQ(s.unpaid_fees, 2);
  EXPECT_EQ(s.unpaid_cents, 4500);
  EXPECT_EQ(s.active_without_fee, 1);  // Léa Martin
}

}  // namespace
}  // namespace maillage::membership
