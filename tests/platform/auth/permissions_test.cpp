#include "platform/auth/permissions.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "platform/auth/roles.h"

namespace maillage::auth {
namespace {

// Every Permission, listed here by hand. The switch makes the compiler (-Wall -Werror) refuse
// this file when a permission is added to the enum and not here, so the tests below cannot
// silently skip a new permission.
[[maybe_unused]] constexpr bool listed(Permission p) {
  switch (p) {
    case Permission::public_access:
    case Permission::signed_in:
    case Permission::cpts_view:
    case Permission::cpts_people_view:
    case Permission::territory_edit:
    case Permission::cpts_edit:
    case Permission::cpts_validate:
    case Permission::territory_import:
    case Permission::coverage_view:
    case Permission::directory_view:
    case Permission::directory_import:
    case Permission::membership_view:
    case Permission::membership_manage:
    case Permission::membership_fees:
    case Permission::membership_rate_view:
    case Permission::mt_request_view:
    case Permission::mt_request_create:
    case Permission::mt_request_act:
    case Permission::mt_census_view:
    case Permission::mt_census_edit:
    case Permission::mt_coordinate:
    case Permission::mt_indicators:
    case Permission::snp_resource_view:
    case Permission::snp_resource_edit:
    case Permission::snp_planning_view:
    case Permission::snp_slot_publish:
    case Permission::snp_request_view:
    case Permission::snp_request_create:
    case Permission::snp_request_act:
    case Permission::snp_indicators:
    case Permission::audit_view:
    case Permission::platform_admin:
      return true;
  }
  return false;
}

const std::vector<Permission> kEveryPermission = {
    Permission::public_access,  Permission::signed_in,  Permission::cpts_view,      Permission::cpts_people_view,
    Permission::territory_edit, Permission::cpts_edit,  Permission::cpts_validate,  Permission::audit_view,
    Permission::coverage_view,  Permission::platform_admin, Permission::territory_import,
    Permission::directory_view, Permission::directory_import,
    Permission::membership_view, Permission::membership_manage, Permission::membership_fees,
    Permission::membership_rate_view,
    Permission::mt_request_view, Permission::mt_request_create, Permission::mt_request_act,
    Permission::mt_census_view, Permission::mt_census_edit, Permission::mt_coordinate,
    Permission::mt_indicators,
    Permission::snp_resource_view, Permission::snp_resource_edit, Permission::snp_planning_view,
    Permission::snp_slot_publish, Permission::snp_request_view, Permission::snp_request_create,
    Permission::snp_request_act, Permission::snp_indicators,
};

std::set<Role> granted_to(Permission p) {
  const auto& roles = roles_granted(p);
  return {roles.begin(), roles.end()};
}

TEST(Permissions, EveryPermissionHasItsOwnName) {
  std::set<std::string> names;
  for (Permission p : kEveryPermission) {
    std::string name(to_string(p));
    EXPECT_FALSE(name.empty());
    EXPECT_NE(name, "unknown") << static_cast<int>(p);
    names.insert(name);
  }
  EXPECT_EQ(names.size(), kEveryPermission.size()) << "two permissions share a name";
}

TEST(Permissions, TheTableCoversEveryPermission) {
  // A permission missing from the table would be granted to nobody, and its routes refused at
  // start-up.
  std::set<Permission> in_table(all_permissions().begin(), all_permissions().end());
  std::set<Permission> every(kEveryPermission.begin(), kEveryPermission.end());
  EXPECT_EQ(in_table, every);
}

TEST(Permissions, EveryPermissionButPublicAccessIsGrantedToSomeRole) {
  for (Permission p : kEveryPermission) {
    if (p == Permission::public_access) continue;
    EXPECT_FALSE(roles_granted(p).empty()) << to_string(p) << " is granted to nobody";
  }
}

TEST(Permissions, PublicAccessNeedsNoRole) {
  EXPECT_TRUE(roles_granted(Permission::public_access).empty());
}

TEST(Permissions, AdminsMayDoEverythingThatNeedsARoleButSeeAnAssociationsFeesOrPatients) {
  const std::set<Permission> not_for_admins = {Permission::public_access,     Permission::membership_fees,
                                               Permission::mt_request_view,   Permission::mt_request_create,
                                               Permission::mt_request_act,    Permission::mt_census_view,
                                               Permission::mt_census_edit,    Permission::mt_coordinate,
                                               Permission::snp_slot_publish,  Permission::snp_request_view,
                                               Permission::snp_request_create, Permission::snp_request_act};
  for (Permission p : kEveryPermission) {
    EXPECT_EQ(grants(Role::admin, p), !not_for_admins.contains(p)) << to_string(p);
  }
}

TEST(Permissions, EverySignedInRoleIsSignedInAndMaySeeItsCpts) {
  for (Role r : all_roles()) {
    EXPECT_TRUE(grants(r, Permission::signed_in)) << to_string(r);
    EXPECT_TRUE(grants(r, Permission::cpts_view)) << to_string(r);
  }
}

TEST(Permissions, OnlyAdminsAdministerThePlatform) {
  EXPECT_EQ(granted_to(Permission::platform_admin), std::set<Role>{Role::admin});
  for (Role r : all_roles()) {
    EXPECT_EQ(grants(r, Permission::platform_admin), r == Role::admin) << to_string(r);
  }
}

TEST(Permissions, OnlyAdminsAndCoordinatorsReadTheAuditLog) {
  EXPECT_EQ(granted_to(Permission::audit_view), (std::set<Role>{Role::admin, Role::coordinator}));
  EXPECT_FALSE(grants(Role::member, Permission::audit_view));
  EXPECT_FALSE(grants(Role::partner, Permission::audit_view));
  EXPECT_FALSE(grants(Role::funder, Permission::audit_view));
}

TEST(Permissions, FundersNeverSeePeopleNorAdministerThePlatform) {
  EXPECT_FALSE(grants(Role::funder, Permission::cpts_people_view));
  EXPECT_FALSE(grants(Role::funder, Permission::platform_admin));
}

TEST(Permissions, FundersAndPartnersNeverEditATerritory) {
  // Funders edit no CPTS's territory (they import a région's in bulk); partners only submit requests.
  EXPECT_FALSE(grants(Role::funder, Permission::territory_edit));
  EXPECT_FALSE(grants(Role::partner, Permission::territory_edit));
}

TEST(Permissions, OnlyTheArsOrAdministratorsValidateLifecycleStepsWhileCoordinatorsPrepareThem) {
  EXPECT_EQ(granted_to(Permission::cpts_validate), (std::set<Role>{Role::admin, Role::funder}));
  EXPECT_EQ(granted_to(Permission::cpts_edit), (std::set<Role>{Role::admin, Role::coordinator}));
}

TEST(Permissions, OnlyAdministratorsAndTheArsImportTerritoriesInBulk) {
  EXPECT_EQ(granted_to(Permission::territory_import), (std::set<Role>{Role::admin, Role::funder}));
}

TEST(Permissions, OnlyTheCoordinatorSeesMembershipFees) {
  // A CPTS's finances belong to its association: not even administrators see its members' fees.
  EXPECT_EQ(granted_to(Permission::membership_fees), std::set<Role>{Role::coordinator});
  EXPECT_EQ(granted_to(Permission::membership_view), (std::set<Role>{Role::admin, Role::coordinator}));
  EXPECT_EQ(granted_to(Permission::membership_manage), (std::set<Role>{Role::admin, Role::coordinator}));
  // Funders see the membership rate (an aggregate), never the members themselves.
  EXPECT_EQ(granted_to(Permission::membership_rate_view), (std::set<Role>{Role::admin, Role::coordinator, Role::funder}));
}

TEST(Permissions, PatientRequestsAreForTheCareTeamNotForAdministratorsOrFunders) {
  for (Permission p : {Permission::mt_request_view, Permission::mt_request_create}) {
    EXPECT_EQ(granted_to(p), (std::set<Role>{Role::coordinator, Role::member, Role::partner})) << to_string(p);
  }
  EXPECT_EQ(granted_to(Permission::mt_request_act), (std::set<Role>{Role::coordinator, Role::member}));
  EXPECT_EQ(granted_to(Permission::mt_census_view), (std::set<Role>{Role::coordinator, Role::member}));
  EXPECT_EQ(granted_to(Permission::mt_coordinate), std::set<Role>{Role::coordinator});
  // Funders see the indicators: counts and delays, no identity.
  EXPECT_EQ(granted_to(Permission::mt_indicators), (std::set<Role>{Role::admin, Role::coordinator, Role::funder}));
}

TEST(Permissions, UnscheduledCareRequestsAreForTheCareTeamAndTheRegulatorNotForAdministratorsOrFunders) {
  // The regulator (SAS, centre 15) and pharmacies are partners: they enter and orient requests.
  for (Permission p : {Permission::snp_request_view, Permission::snp_request_create, Permission::snp_request_act}) {
    EXPECT_EQ(granted_to(p), (std::set<Role>{Role::coordinator, Role::member, Role::partner})) << to_string(p);
  }
  // The planning shows no patient: administrators read it too.
  EXPECT_EQ(granted_to(Permission::snp_planning_view),
            (std::set<Role>{Role::admin, Role::coordinator, Role::member, Role::partner}));
  EXPECT_EQ(granted_to(Permission::snp_slot_publish), (std::set<Role>{Role::coordinator, Role::member}));
  EXPECT_EQ(granted_to(Permission::snp_resource_edit), (std::set<Role>{Role::admin, Role::coordinator}));
  EXPECT_EQ(granted_to(Permission::snp_indicators), (std::set<Role>{Role::admin, Role::coordinator, Role::funder}));
}

TEST(Permissions, OnlyAdministratorsImportTheNationalDirectoryFiles) {
  EXPECT_EQ(granted_to(Permission::directory_import), std::set<Role>{Role::admin});
}

TEST(Permissions, GrantsAgreesWithTheRolesGranted) {
  for (Permission p : kEveryPermission) {
    for (Role r : all_roles()) {
      const auto& roles = roles_granted(p);
      EXPECT_EQ(grants(r, p), std::find(roles.begin(), roles.end(), r) != roles.end())
          << to_string(r) << " / " << to_string(p);
    }
  }
}

TEST(Roles, NamesRoundTrip) {
  for (Role r : all_roles()) {
    auto back = role_from_string(to_string(r));
    ASSERT_TRUE(back.has_value()) << to_string(r);
    EXPECT_EQ(*back, r);
  }
  EXPECT_EQ(role_from_string("superuser"), std::nullopt);
  EXPECT_EQ(role_from_string("Admin"), std::nullopt);
  EXPECT_EQ(role_from_string(""), std::nullopt);
}

TEST(Roles, AdminIsPlatformWideAndCptsRolesNeedACpts) {
  EXPECT_TRUE(check_assignment_scope(Role::admin, true).has_value());
  EXPECT_FALSE(check_assignment_scope(Role::admin, false).has_value());
  for (Role r : {Role::coordinator, Role::member, Role::partner}) {
    EXPECT_TRUE(check_assignment_scope(r, false).has_value()) << to_string(r);
    EXPECT_FALSE(check_assignment_scope(r, true).has_value()) << to_string(r);
  }
  // A funder may be national (CPAM) or attached to one CPTS.
  EXPECT_FALSE(check_assignment_scope(Role::funder, true).has_value());
  EXPECT_FALSE(check_assignment_scope(Role::funder, false).has_value());
}

}  // namespace
}  // namespace maillage::auth
