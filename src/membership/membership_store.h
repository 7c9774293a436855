// Storage of memberships, their dated status events and their yearly fees. Every function takes
// the CPTS the caller reaches: a membership of another CPTS is never found.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "membership/model.h"
#include "platform/db/database.h"

namespace maillage::membership {

/// What the directory says about a member (`known` false when it has no such member).
MemberInfo find_member(db::Connection& c, MemberKind kind, const std::string& member_id);

std::optional<Membership> find_membership(db::Connection& c, const std::string& cpts_id, const std::string& id);

/// The membership of a member in `cpts_id`, whatever its status.
std::optional<Membership> find_membership_of(db::Connection& c, const std::string& cpts_id, MemberKind kind,
                                             const std::string& member_id);

/// Inserts a membership (db::ConstraintError when the member already has one in this CPTS).
void insert_membership(db::Connection& c, const Membership& m);

/// Saves college, status, dates and note.
void update_membership(db::Connection& c, const Membership& m);

/// Appends a status event after the membership's last one.
void append_event(db::Connection& c, const std::string& membership_id, const Event& e);

/// The events of a membership, oldest first.
std::vector<Event> list_events(db::Connection& c, const std::string& membership_id);

/// Every fee of a membership, latest year first.
std::vector<Fee> list_fees(db::Connection& c, const std::string& membership_id);

/// Records (or replaces) the fee of one year.
void put_fee(db::Connection& c, const std::string& membership_id, const Fee& fee, const std::string& by,
             const std::string& at);

/// Every membership of `cpts_id` with its member, college and the fee of `year` — or only
/// membership `membership_id` when it is not empty.
std::vector<MemberRow> member_rows(db::Connection& c, const std::string& cpts_id, std::int64_t year,
                                   const std::string& membership_id = {});

}  // namespace maillage::membership
