#include "territory/geojson.h"

namespace maillage::territory {
namespace json = boost::json;

json::object point_feature(const referential::Commune* commune, json::object properties) {
  json::value geometry;  // null
  bool estimated = false;
  if (commune && commune->coordinates) {
    const auto& point = *commune->coordinates;
    geometry = json::object{{"type", "Point"}, {"coordinates", json::array{point.longitude, point.latitude}}};
    estimated = point.estimated;
  }
  properties["coordinates_estimated"] = estimated;
  return {{"type", "Feature"}, {"geometry", std::move(geometry)}, {"properties", std::move(properties)}};
}

json::object feature_collection(json::array features) {
  return {{"type", "FeatureCollection"}, {"features", std::move(features)}};
}

}  // namespace maillage::territory
