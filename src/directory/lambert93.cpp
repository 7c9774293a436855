#include "directory/lambert93.h"

#include <cmath>
#include <numbers>

namespace maillage::directory {
namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kDegree = kPi / 180;

// Isometric latitude of `phi` (ALG0001).
double isometric_latitude(double phi, double e) {
  double es = e * std::sin(phi);
  return std::log(std::tan(kPi / 4 + phi / 2) * std::pow((1 - es) / (1 + es), e / 2));
}

// Latitude of isometric latitude `l` (ALG0002), iterated to 1e-12 radian (about 6 µm).
double latitude_from_isometric(double l, double e) {
  double phi = 2 * std::atan(std::exp(l)) - kPi / 2;
  for (int i = 0; i < 50; ++i) {
    double es = e * std::sin(phi);
    double next = 2 * std::atan(std::pow((1 + es) / (1 - es), e / 2) * std::exp(l)) - kPi / 2;
    bool done = std::fabs(next - phi) < 1e-12;
    phi = next;
    if (done) break;
  }
  return phi;
}

}  // namespace

// IGN's published constants for Lambert 93 (RGF93, GRS80: a = 6378137, f = 1/298.257222101).
const LambertConic kLambert93 = {
    .e = 0.0818191910428158,
    .n = 0.7256077650532670,
    .c = 11754255.426096,
    .xs = 700000.0,
    .ys = 12655612.049876,
    .lambda0 = 3 * kDegree,
};

void lambert_to_geographic(const LambertConic& p, double x, double y, double& lambda, double& phi) {
  double dx = x - p.xs, dy = y - p.ys;
  double r = std::sqrt(dx * dx + dy * dy);
  double gamma = std::atan(dx / -dy);
  lambda = p.lambda0 + gamma / p.n;
  double l = -1 / p.n * std::log(std::fabs(r / p.c));
  phi = latitude_from_isometric(l, p.e);
}

void geographic_to_lambert(const LambertConic& p, double lambda, double phi, double& x, double& y) {
  double l = isometric_latitude(phi, p.e);
  double r = p.c * std::exp(-p.n * l);
  double gamma = p.n * (lambda - p.lambda0);
  x = p.xs + r * std::sin(gamma);
  y = p.ys - r * std::cos(gamma);
}

bool in_lambert93_range(double x, double y) {
  // EPSG:2154's projected bounds are about x 100 000-1 250 000, y 6 050 000-7 110 000.
  return std::isfinite(x) && std::isfinite(y) && x >= 0 && x <= 1'300'000 && y >= 6'000'000 && y <= 7'200'000;
}

std::optional<GeoPoint> lambert93_to_wgs84(double x, double y) {
  if (!in_lambert93_range(x, y)) return std::nullopt;
  double lambda = 0, phi = 0;
  lambert_to_geographic(kLambert93, x, y, lambda, phi);
  return GeoPoint{phi / kDegree, lambda / kDegree};
}

void wgs84_to_lambert93(const GeoPoint& point, double& x, double& y) {
  geographic_to_lambert(kLambert93, point.longitude * kDegree, point.latitude * kDegree, x, y);
}

}  // namespace maillage::directory
