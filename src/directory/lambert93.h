// Lambert 93 (EPSG:2154, RGF93 on the GRS80 ellipsoid), the projection of the FINESS
// geolocation records for metropolitan France, to and from WGS 84 longitude and latitude
// (RGF93 and WGS 84 agree to a few centimetres: no datum shift is applied). The formulas are
// IGN's (notes NTG 71, algorithms ALG0001-ALG0004, for any Lambert conformal conic projection).
#pragma once

#include <optional>

#include "directory/model.h"

namespace maillage::directory {

/// The constants of a Lambert conformal conic projection in IGN's notation (NTG 71).
struct LambertConic {
  double e;        // first eccentricity of the ellipsoid
  double n;        // exponent of the projection
  double c;        // projection constant, metres
  double xs, ys;   // coordinates of the pole, metres
  double lambda0;  // longitude of the central meridian, radians east of Greenwich
};

/// Lambert 93: GRS80, central meridian 3° E, standard parallels 44° and 49° N.
extern const LambertConic kLambert93;

/// Projected coordinates (metres) → longitude and latitude in radians: IGN's ALG0004.
void lambert_to_geographic(const LambertConic& p, double x, double y, double& lambda, double& phi);

/// Longitude and latitude in radians → projected coordinates (metres): IGN's ALG0003.
void geographic_to_lambert(const LambertConic& p, double lambda, double phi, double& x, double& y);

/// True when (x, y) lies where Lambert 93 is used: metropolitan France and Corsica with a margin.
/// Coordinates of the overseas départements (UTM, other datums) fall outside.
bool in_lambert93_range(double x, double y);

/// Lambert 93 metres → WGS 84 degrees; nothing when the point is outside Lambert 93's range (the
/// caller then keeps no coordinates rather than wrong ones).
std::optional<GeoPoint> lambert93_to_wgs84(double x, double y);

/// WGS 84 degrees → Lambert 93 metres (x, y).
void wgs84_to_lambert93(const GeoPoint& point, double& x, double& y);

}  // namespace maillage::directory
