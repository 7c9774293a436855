#include "directory/synthetic/identifiers.h"

#include <fmt/format.h>

namespace maillage::directory::synthetic {

char luhn_digit(std::string_view digits) {
  int sum = 0;
  bool twice = true;  // the rightmost digit of `digits` is doubled once the key is appended
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    int d = *it - '0';
    if (twice) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    twice = !twice;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

std::string rpps_number(std::uint64_t rank) {
  std::string n = fmt::format("10{:08}", rank % 100'000'000);
  return n + luhn_digit(n);
}

std::string adeli_number(std::string_view departement, std::string_view profession_code, std::uint64_t rank) {
  std::string dep = departement.starts_with("2A") || departement.starts_with("2B") ? "20" : std::string(departement.substr(0, 2));
  std::string n = fmt::format("{}{:0>2}{:04}", dep, profession_code.substr(0, 2), rank % 10'000);
  return n + luhn_digit(n);
}

std::string finess_departement(std::string_view departement) {
  if (departement.size() == 3 && departement.starts_with("97")) {
    switch (departement[2]) {
      case '1': return "9A";
      case '2': return "9B";
      case '3': return "9C";
      case '4': return "9D";
      case '5': return "9E";
      case '6': return "9F";
      default: break;
    }
  }
  return std::string(departement.substr(0, 2));
}

std::string finess_number(std::string_view departement, std::uint64_t rank) {
  std::string n = fmt::format("{}{:06}", finess_departement(departement), rank % 1'000'000);
  // The key is a Luhn digit over the number with the letters of Corsica and overseas read as 0.
  std::string digits = n;
  for (char& c : digits) {
    if (c < '0' || c > '9') c = '0';
  }
  return n + luhn_digit(digits);
}

std::string siret_number(std::uint64_t rank) {
  std::string n = fmt::format("{:013}", rank % 10'000'000'000'000ULL);
  return n + luhn_digit(n);
}

std::string fictional_phone(std::string_view region_code, std::uint64_t line) {
  // ARCEP's numbers reserved for audiovisual fiction: 01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49.
  std::string_view block = "026191";
  if (region_code == "11") block = "019900";
  else if (region_code == "27" || region_code == "32" || region_code == "44") block = "035301";
  else if (region_code == "84" || region_code == "93" || region_code == "94") block = "046571";
  else if (region_code == "75" || region_code == "76") block = "053649";
  return fmt::format("{}{:04}", block, line % 10'000);
}

}  // namespace maillage::directory::synthetic
