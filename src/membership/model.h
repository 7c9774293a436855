// Membership (adhésion) of professionals and structures in CPTS associations, as plain data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace maillage::membership {

/// Who joins: a professional (by national id, from the RPPS import) or a structure (by FINESS
/// number, from the FINESS import).
enum class MemberKind { professional, structure };

/// demande (a request) → active | radiee; active → suspendue | radiee; suspendue → active |
/// radiee; radiee (struck off) is final — see rules.h.
enum class Status { demande, active, suspendue, radiee };

/// A college of a CPTS's association (e.g. "Médecins", "Paramédicaux", "Structures"): the list
/// each CPTS defines and its members are placed in.
struct College {
  std::string id;
  std::string cpts_id;
  std::string name;
  std::int64_t position = 0;  // display order
  std::int64_t members = 0;   // memberships placed in it (any status)
};

/// One membership of one member in one CPTS.
struct Membership {
  std::string id;
  std::string cpts_id;
  MemberKind member_kind = MemberKind::professional;
  std::string member_id;
  std::string college_id;  // empty when none
  Status status = Status::demande;
  std::string status_since;  // date of the current status
  std::string requested_on;  // date of the (last) request
  std::string note;
  std::string created_at, updated_at;
};

/// One dated status change, with who recorded it.
struct Event {
  std::int64_t seq = 0;
  Status status = Status::demande;
  std::string on;
  std::string note;
  std::string recorded_by, recorded_at;
};

/// The fee (cotisation) of one year: amount in cents, paid on a date or not yet.
struct Fee {
  std::int64_t year = 0;
  std::int64_t amount_cents = 0;
  std::string paid_on;  // empty while unpaid
};

/// A commune where a member practises (a site of a professional, a structure's address).
struct Place {
  std::string commune_code;
  std::string commune;  // as the national file spells it
  std::string postcode;

  bool operator==(const Place&) const = default;
  auto operator<=>(const Place&) const = default;
};

/// What the directory says about a member: name, profession (professionals) or category
/// (structures), and where they practise. `known` is false when the directory has no such member.
struct MemberInfo {
  bool known = false;
  std::string name;  // "First Last" for a professional, the structure's name otherwise
  std::string last_name, first_name;
  std::string profession_code, profession;  // professionals
  std::string category_code, category;      // structures
  std::vector<Place> places;
};

/// A membership as listed: the membership, its member, its college's name and the fee of the
/// current year.
struct MemberRow {
  Membership membership;
  MemberInfo member;
  std::string college_name;
  std::optional<Fee> current_fee;
};

}  // namespace maillage::membership
