#include "membership/listing.h"

#include <algorithm>

#include "membership/rules.h"
#include "platform/util/text.h"

namespace maillage::membership {
namespace {

bool matches(const MemberRow& row, const ListFilter& f, const std::vector<std::string>& words) {
  const Membership& m = row.membership;
  if (f.status && m.status != *f.status) return false;
  if (f.college_id == "none" && !m.college_id.empty()) return false;
  if (!f.college_id.empty() && f.college_id != "none" && m.college_id != f.college_id) return false;
  if (!f.profession_code.empty() && row.member.profession_code != f.profession_code) return false;
  if (f.unpaid && is_unpaid(row.current_fee) != *f.unpaid) return false;
  if (words.empty()) return true;
  auto name = text::tokens(row.member.name + " " + m.member_id);
  return std::all_of(words.begin(), words.end(), [&](const std::string& w) {
    return std::any_of(name.begin(), name.end(), [&](const std::string& t) { return t.starts_with(w); });
  });
}

}  // namespace

std::vector<const MemberRow*> select_rows(const std::vector<MemberRow>& rows, const ListFilter& filter) {
  auto words = text::tokens(filter.query);
  std::vector<std::pair<std::string, const MemberRow*>> keyed;
  for (const auto& row : rows) {
    if (!matches(row, filter, words)) continue;
    std::string sort_name = row.member.last_name.empty() ? row.member.name : row.member.last_name + " " + row.member.first_name;
    keyed.emplace_back(text::fold(sort_name), &row);
  }
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second->membership.id < b.second->membership.id;
  });
  std::vector<const MemberRow*> out;
  out.reserve(keyed.size());
  for (const auto& [key, row] : keyed) out.push_back(row);
  return out;
}

Summary summarize(const std::vector<MemberRow>& rows) {
  Summary s;
  for (auto status : {Status::demande, Status::active, Status::suspendue, Status::radiee}) s.by_status[status] = 0;
  for (const auto& row : rows) {
    Status status = row.membership.status;
    ++s.by_status[status];
    if (status == Status::demande) ++s.pending_requests;
    if (is_unpaid(row.current_fee)) {
      ++s.unpaid_fees;
      s.unpaid_cents += row.current_fee->amount_cents;
    }
    if (status == Status::active && !row.current_fee) ++s.active_without_fee;
  }
  return s;
}

}  // namespace maillage::membership
