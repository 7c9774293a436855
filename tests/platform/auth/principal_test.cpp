#include "platform/auth/principal.h"

#include <gtest/gtest.h>

#include <set>

#include <algorithm>
#include <string>
#include <vector>

namespace maillage::auth {
namespace {

// A role held in CPTS `cpts` (platform-wide when empty).
RoleAssignment held(Role role, std::string cpts = "") {
  std::string name = cpts.empty() ? "" : "CPTS " + cpts;
  return {"ra-" + std::string(to_string(role)) + "-" + cpts, role, std::move(cpts), std::move(name)};
}

Principal user(std::vector<RoleAssignment> roles) {
  Principal p;
  p.id = "u1";
  p.label = "Jeanne Martin";
  p.email = "jeanne.martin@sante.fr";
  p.roles = std::move(roles);
  return p;
}

std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

// Every permission that needs a role. (A function, not a global: the permission table is itself a
// global of another translation unit, not yet built while this one's globals are initialised.)
std::vector<Permission> role_permissions() {
  std::vector<Permission> v;
  for (Permission p : all_permissions()) {
    if (p != Permission::public_access) v.push_back(p);
  }
  return v;
}

TEST(PrincipalAccess, GrantedWhereARoleInThatCptsGrantsIt) {
  Principal coordinator = user({held(Role::coordinator, "A")});
  EXPECT_EQ(coordinator.access(Permission::audit_view, "A"), Access::granted);
  EXPECT_EQ(coordinator.access(Permission::cpts_people_view, "A"), Access::granted);
  EXPECT_EQ(coordinator.access(Permission::cpts_view, "A"), Access::granted);
}

TEST(PrincipalAccess, ForbiddenWhereTheCallerHasARoleButNotOneGrantingIt) {
  Principal member = user({held(Role::member, "A")});
  EXPECT_EQ(member.access(Permission::cpts_view, "A"), Access::granted);
  EXPECT_EQ(member.access(Permission::audit_view, "A"), Access::forbidden);
  EXPECT_EQ(member.access(Permission::cpts_people_view, "A"), Access::forbidden);
  EXPECT_EQ(member.access(Permission::platform_admin, "A"), Access::forbidden);
}

TEST(PrincipalAccess, HiddenWhereTheCallerHasNoRoleSoTheCptsSeemsNotToExist) {
  Principal coordinator = user({held(Role::coordinator, "A")});
  // Even a permission the caller holds elsewhere is hidden, not forbidden, in another CPTS.
  EXPECT_EQ(coordinator.access(Permission::cpts_view, "B"), Access::hidden);
  EXPECT_EQ(coordinator.access(Permission::audit_view, "B"), Access::hidden);
  EXPECT_EQ(coordinator.access(Permission::platform_admin, "B"), Access::hidden);
}

TEST(PrincipalAccess, ACallerWithoutRolesSeesNoCpts) {
  Principal nobody = user({});
  for (Permission p : role_permissions()) {
    EXPECT_EQ(nobody.access(p, "A"), Access::hidden) << to_string(p);
    EXPECT_FALSE(nobody.has(p)) << to_string(p);
    EXPECT_TRUE(nobody.scope(p).empty()) << to_string(p);
  }
}

TEST(PrincipalAccess, AdminsAreGrantedEverythingEverywhereButAnAssociationsFeesAndPatients) {
  Principal admin = user({held(Role::admin)});
  EXPECT_TRUE(admin.is_admin());
  // The fees of a CPTS's members belong to its association, patients' requests to its care team:
  // refused (403), not hidden.
  const std::set<Permission> refused = {Permission::membership_fees, Permission::mt_request_view,
                                        Permission::mt_request_create, Permission::mt_request_act,
                                        Permission::mt_census_view, Permission::mt_census_edit,
                                        Permission::mt_coordinate, Permission::snp_slot_publish,
                                        Permission::snp_request_view, Permission::snp_request_create,
                                        Permission::snp_request_act};
  for (Permission p : role_permissions()) {
    if (refused.contains(p)) {
      EXPECT_EQ(admin.access(p, "A"), Access::forbidden);
      EXPECT_FALSE(admin.has(p));
      continue;
    }
    for (const char* cpts : {"A", "B", "a-cpts-that-does-not-exist"}) {
      EXPECT_EQ(admin.access(p, cpts), Access::granted) << to_string(p) << " on " << cpts;
    }
    EXPECT_TRUE(admin.has(p)) << to_string(p);
    EXPECT_TRUE(admin.scope(p).all) << to_string(p);
  }
}

TEST(PrincipalAccess, APlatformWideFunderSeesEveryCptsButIsForbiddenThePeople) {
  Principal cpam = user({held(Role::funder)});
  EXPECT_FALSE(cpam.is_admin());
  EXPECT_EQ(cpam.access(Permission::cpts_view, "A"), Access::granted);
  EXPECT_EQ(cpam.access(Permission::cpts_view, "B"), Access::granted);
  // It knows every CPTS exists: a refusal is 403, not 404.
  EXPECT_EQ(cpam.access(Permission::cpts_people_view, "A"), Access::forbidden);
  EXPECT_EQ(cpam.access(Permission::audit_view, "B"), Access::forbidden);
  EXPECT_EQ(cpam.access(Permission::platform_admin, "A"), Access::forbidden);
}

TEST(PrincipalAccess, AFunderOfOneCptsDoesNotSeeTheOthers) {
  Principal funder = user({held(Role::funder, "A")});
  EXPECT_EQ(funder.access(Permission::cpts_view, "A"), Access::granted);
  EXPECT_EQ(funder.access(Permission::cpts_people_view, "A"), Access::forbidden);
  EXPECT_EQ(funder.access(Permission::cpts_view, "B"), Access::hidden);
}

TEST(PrincipalAccess, RolesInSeveralCptsAreJudgedCptsByCpts) {
  Principal p = user({held(Role::coordinator, "A"), held(Role::member, "B")});
  EXPECT_EQ(p.access(Permission::audit_view, "A"), Access::granted);
  EXPECT_EQ(p.access(Permission::audit_view, "B"), Access::forbidden);
  EXPECT_EQ(p.access(Permission::audit_view, "C"), Access::hidden);
  EXPECT_EQ(p.access(Permission::cpts_view, "B"), Access::granted);
  // The order in which roles are listed does not matter.
  Principal q = user({held(Role::member, "B"), held(Role::coordinator, "A")});
  EXPECT_EQ(q.access(Permission::audit_view, "A"), Access::granted);
  EXPECT_EQ(q.access(Permission::audit_view, "B"), Access::forbidden);
}

TEST(PrincipalHas, TrueWhenSomeRoleAnywhereGrantsIt) {
  Principal member = user({held(Role::member, "A")});
  EXPECT_TRUE(member.has(Permission::signed_in));
  EXPECT_TRUE(member.has(Permission::cpts_view));
  EXPECT_FALSE(member.has(Permission::audit_view));
  EXPECT_FALSE(member.has(Permission::platform_admin));
  EXPECT_FALSE(member.is_admin());
  Principal both = user({held(Role::member, "A"), held(Role::coordinator, "B")});
  EXPECT_TRUE(both.has(Permission::audit_view));
}

TEST(PrincipalScope, ListsExactlyTheCptsWhereARoleGrantsThePermission) {
  Principal p = user({held(Role::coordinator, "A"), held(Role::member, "B")});
  TenantScope audit = p.scope(Permission::audit_view);
  EXPECT_FALSE(audit.all);
  EXPECT_EQ(audit.cpts_ids, std::vector<std::string>{"A"});
  EXPECT_TRUE(audit.includes("A"));
  EXPECT_FALSE(audit.includes("B"));

  TenantScope view = p.scope(Permission::cpts_view);
  EXPECT_FALSE(view.all);
  EXPECT_EQ(sorted(view.cpts_ids), (std::vector<std::string>{"A", "B"}));

  EXPECT_TRUE(p.scope(Permission::platform_admin).empty());
}

TEST(PrincipalScope, ACptsIsListedOnceEvenWithSeveralRolesThere) {
  Principal p = user({held(Role::member, "A"), held(Role::coordinator, "A"), held(Role::partner, "A")});
  EXPECT_EQ(p.scope(Permission::cpts_view).cpts_ids, std::vector<std::string>{"A"});
}

TEST(PrincipalScope, AdminsReachAllCpts) {
  Principal admin = user({held(Role::admin)});
  TenantScope s = admin.scope(Permission::audit_view);
  EXPECT_TRUE(s.all);
  EXPECT_TRUE(s.includes("any"));
  // An admin who also coordinates a CPTS still reaches all of them.
  Principal both = user({held(Role::coordinator, "A"), held(Role::admin)});
  EXPECT_TRUE(both.scope(Permission::audit_view).all);
  EXPECT_TRUE(both.scope(Permission::audit_view).includes("B"));
}

TEST(PrincipalScope, APlatformWideFunderReachesAllCptsOnlyWhereItIsGranted) {
  Principal cpam = user({held(Role::funder)});
  EXPECT_TRUE(cpam.scope(Permission::cpts_view).all);
  EXPECT_TRUE(cpam.scope(Permission::cpts_people_view).empty());
  EXPECT_TRUE(cpam.scope(Permission::audit_view).empty());
  EXPECT_FALSE(cpam.scope(Permission::audit_view).includes("A"));
}

TEST(PrincipalScope, AgreesWithAccess) {
  Principal p = user({held(Role::coordinator, "A"), held(Role::member, "B"), held(Role::funder, "C")});
  for (Permission perm : role_permissions()) {
    TenantScope s = p.scope(perm);
    for (const char* cpts : {"A", "B", "C", "D"}) {
      EXPECT_EQ(s.includes(cpts), p.access(perm, cpts) == Access::granted) << to_string(perm) << " on " << cpts;
    }
  }
}

TEST(TenantScope, IncludesOnlyItsCptsOrAllOfThem) {
  TenantScope none;
  EXPECT_TRUE(none.empty());
  EXPECT_FALSE(none.includes("A"));
  EXPECT_FALSE(none.includes(""));

  TenantScope some{false, {"A", "B"}};
  EXPECT_FALSE(some.empty());
  EXPECT_TRUE(some.includes("A"));
  EXPECT_TRUE(some.includes("B"));
  EXPECT_FALSE(some.includes("C"));
  EXPECT_FALSE(some.includes("a"));
  EXPECT_FALSE(some.includes(""));

  TenantScope all{true, {}};
  EXPECT_FALSE(all.empty());
  EXPECT_TRUE(all.includes("A"));
  EXPECT_TRUE(all.includes("anything"));
}

}  // namespace
}  // namespace maillage::auth
