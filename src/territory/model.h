// CPTS: the tenants of Maillage. (Lifecycle, territory and coverage come with issue #4.)
#pragma once

#include <string>

namespace maillage::territory {

struct Cpts {
  std::string id;
  std::string name;
  std::string created_at;
};

}  // namespace maillage::territory
