// GeoJSON (RFC 7946) points for communes, arrondissements and postcode parts.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/array.hpp>

#include "referential/model.h"

namespace maillage::territory {

/// A Feature at the point of `commune` (a null geometry when the referential has none), with
/// `properties` plus `coordinates_estimated`.
boost::json::object point_feature(const referential::Commune* commune, boost::json::object properties);

/// A FeatureCollection of `features`.
boost::json::object feature_collection(boost::json::array features);

}  // namespace maillage::territory
