#include "membership/routes.h"

namespace maillage::membership {

void register_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential) {
  register_college_routes(router, db);
  register_membership_routes(router, db, referential);
  register_rate_routes(router, db, referential);
}

}  // namespace maillage::membership
