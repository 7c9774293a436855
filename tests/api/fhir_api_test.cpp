// The FHIR R4 view of the directory over HTTP: reads, every search parameter of every resource
// type, paging through the Bundle links, OperationOutcome errors, and only public data. The
// directory comes from an RPPS file in the official layout imported with `maillage import rpps`;
// the structures are written directly (the FINESS import has its own tests).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <set>

#include "app/database_setup.h"
#include "support/fhir_suite.h"

namespace maillage {
namespace {
namespace json = boost::json;
using testing::RppsRow;

constexpr const char* kMsp = "130000001";  // the MSP du Panier, where Le Gall practises
constexpr const char* kPharmacy = "840000002";

std::string rpps_number(int i) { return fmt::format("100000000{:02d}", i); }

std::vector<RppsRow> directory_rows() {
  std::vector<RppsRow> rows;
  // 45 GPs named Martin: enough for three pages of 20.
  for (int i = 1; i <= 45; ++i) {
    bool marseille = i % 2 == 1;
    RppsRow r = testing::rpps_practitioner(rpps_number(i), "MARTIN", fmt::format("S{}", i),
                                           marseille ? "13202" : "84007", fmt::format("04910000{:02d}", i));
    r["Prénom d'exercice"] = i % 3 == 0 ? "Hélène" : "Paul";
    rows.push_back(r);
  }
  // A nurse with two sites, one of them the MSP.
  RppsRow nurse = testing::rpps_practitioner("10000000101", "LE GALL", "MSP1", "13203", "0491999999");
  nurse["Prénom d'exercice"] = "Jean-François";
  nurse["Libellé civilité d'exercice"] = "";
  nurse["Code profession"] = "60";
  nurse["Libellé profession"] = "Infirmier";
  nurse["Code savoir-faire"] = "";
  nurse["Libellé savoir-faire"] = "";
  nurse["Numéro FINESS site"] = kMsp;
  nurse["Raison sociale site"] = "MSP du Panier";
  nurse["Code postal (coord. structure)"] = "13003";
  nurse["Adresse e-mail (coord. structure)"] = "legall@msp-panier.test";
  rows.push_back(nurse);
  RppsRow nurse_office = nurse;
  nurse_office["Identifiant technique de la structure"] = "CAB LE GALL 2";
  nurse_office["Numéro FINESS site"] = "";
  nurse_office["Raison sociale site"] = "";
  nurse_office["Code commune (coord. structure)"] = "13202";
  nurse_office["Code postal (coord. structure)"] = "13002";
  nurse_office["Téléphone (coord. structure)"] = "0491888888";
  nurse_office["Adresse e-mail (coord. structure)"] = "";
  rows.push_back(nurse_office);
  // A physiotherapist whose savoir-faire is not a spécialité ordinale.
  RppsRow kine = testing::rpps_practitioner("10000000102", "DURAND", "K1", "84007", "0490111111");
  kine["Prénom d'exercice"] = "Élodie";
  kine["Code profession"] = "70";
  kine["Libellé profession"] = "Masseur-kinésithérapeute";
  kine["Code type savoir-faire"] = "CEX";
  kine["Code savoir-faire"] = "CEX02";
  kine["Libellé savoir-faire"] = "Kinésithérapie du sport";
  rows.push_back(kine);
  // A psychologist identified by ADELI.
  RppsRow adeli = testing::rpps_practitioner("123456789", "PETIT", "P1", "84007", "");
  adeli["Type d'identifiant PP"] = "0";
  adeli["Identification nationale PP"] = "0123456789";
  adeli["Prénom d'exercice"] = "Marc";
  adeli["Code profession"] = "93";
  adeli["Libellé profession"] = "Psychologue";
  adeli["Code savoir-faire"] = "";
  adeli["Libellé savoir-faire"] = "";
  rows.push_back(adeli);
  return rows;
}

void add_structures(const std::filesystem::path& db_path) {
  auto db = app::open_and_migrate(db_path.string());
  db::with_transaction(*db, [](db::Connection& c) {
    const char* sql =
        "INSERT INTO structures (finess, name, long_name, category_code, category, address, postcode, commune_code,"
        " commune, departement, phone, latitude, longitude, last_import, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', '2026-11-20T08:00:00.000Z', "
        "'2026-11-20T08:00:00.000Z')";
    c.execute(sql, kMsp, "MSP du Panier", "Maison de santé pluriprofessionnelle du Panier", "603",
              "Maison de santé (L.6223-3)", "2 Rue du Panier", "13003", "13203", "MARSEILLE", "13", "0491000000",
              43.3021, 5.3698);
    c.execute(sql, kPharmacy, "Pharmacie Centrale", nullptr, "620", "Pharmacie d'Officine", "1 Place de l'Horloge",
              "84000", "84007", "AVIGNON", "84", "0490000000", nullptr, nullptr);
    // Entered in Maillage, never published: must not appear in the FHIR view.
    c.execute("UPDATE practice_sites SET accepts_new_patients = 'yes', snp = 1, extended_hours = 1");
  });
}

class FhirApi : public testing::FhirSuite {
 protected:
  static void SetUpTestSuite() { start(directory_rows(), add_structures); }

  // The ids of a searchset's entries.
  static std::vector<std::string> ids(const json::object& bundle) {
    std::vector<std::string> out;
    if (auto* entries = bundle.if_contains("entry")) {
      for (const auto& e : entries->as_array()) out.emplace_back(e.at("resource").at("id").as_string());
    }
    return out;
  }
  static std::int64_t total(const std::string& target) { return ok(target).at("total").as_int64(); }
  // The URL of a Bundle link, without the scheme and host.
  static std::string link(const json::object& bundle, const std::string& relation) {
    for (const auto& l : bundle.at("link").as_array()) {
      if (l.at("relation").as_string() == relation) {
        std::string url(l.at("url").as_string());
        return url.substr(url.find("/fhir/"));
      }
    }
    return {};
  }
};

TEST_F(FhirApi, MetadataIsACapabilityStatementListingEveryTypeAndSearchParameter) {
  auto cs = ok("/fhir/metadata");
  EXPECT_EQ(cs.at("resourceType"), "CapabilityStatement");
  EXPECT_EQ(cs.at("fhirVersion"), "4.0.0");  // R4 (see src/fhir/codes.h)
  std::map<std::string, std::set<std::string>> params;
  for (const auto& r : cs.at("rest").at(0).at("resource").as_array()) {
    auto& names = params[std::string(r.at("type").as_string())];
    if (!r.as_object().contains("searchParam")) continue;  // Schedule: read only
    for (const auto& p : r.at("searchParam").as_array()) names.emplace(p.at("name").as_string());
  }
  EXPECT_EQ(params.size(), 7u);  // and Slot, Schedule: see fhir_slot_test.cpp
  EXPECT_EQ(params["Practitioner"], (std::set<std::string>{"_id", "identifier", "name", "family", "given",
                                                           "address-city", "address-postalcode"}));
  EXPECT_TRUE(params["PractitionerRole"].contains("role"));
  EXPECT_TRUE(params["PractitionerRole"].contains("specialty"));
  EXPECT_TRUE(params["PractitionerRole"].contains("organization"));
  EXPECT_TRUE(params["Organization"].contains("identifier"));
  EXPECT_TRUE(params["Location"].contains("address-postalcode"));
  EXPECT_TRUE(params["HealthcareService"].contains("service-type"));
}

TEST_F(FhirApi, ReadsAPractitionerByNationalId) {
  auto p = ok("/fhir/Practitioner/810000000003");
  EXPECT_EQ(p.at("resourceType"), "Practitioner");
  EXPECT_EQ(p.at("identifier").at(0).at("system"), "urn:oid:1.2.250.1.71.4.2.1");
  EXPECT_EQ(p.at("identifier").at(0).at("value"), "810000000003");
  const auto& name = p.at("name").at(0);
  EXPECT_EQ(name.at("family"), "MARTIN");
  EXPECT_EQ(name.at("given").at(0), "Hélène");
  EXPECT_EQ(name.at("prefix").at(0), "Docteur");
  const auto& profession = p.at("qualification").at(0).at("code").at("coding").at(0);
  EXPECT_EQ(profession.at("system"),
            "https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante");
  EXPECT_EQ(profession.at("code"), "10");
  const auto& address = p.at("address").at(0);
  EXPECT_EQ(address.at("city"), "Marseille");  // 13202 is an arrondissement of Marseille
  EXPECT_EQ(address.at("postalCode"), "13002");
  EXPECT_EQ(address.at("line").at(0), "12 Rue de la République");
}

TEST_F(FhirApi, AnUnknownOrMalformedIdIsA404OperationOutcome) {
  EXPECT_EQ(outcome("/fhir/Practitioner/899999999999", 404).at("code"), "not-found");
  EXPECT_EQ(outcome("/fhir/Organization/nope%20nope", 404).at("code"), "not-found");
  EXPECT_EQ(outcome("/fhir/PractitionerRole/810000000001-0000000000000000", 404).at("code"), "not-found");
  EXPECT_EQ(outcome("/fhir/Patient", 404).at("code"), "not-found");
}

TEST_F(FhirApi, NamesMatchByPrefixWithoutCaseOrAccents) {
  EXPECT_EQ(total("/fhir/Practitioner?family=martin"), 45);
  EXPECT_EQ(total("/fhir/Practitioner?family=M%C3%82RT"), 45);
  EXPECT_EQ(total("/fhir/Practitioner?family=artin"), 0);  // a prefix, not a substring
  EXPECT_EQ(total("/fhir/Practitioner?given=helene"), 15);
  EXPECT_EQ(total("/fhir/Practitioner?given=jean%20francois"), 1);
  EXPECT_EQ(total("/fhir/Practitioner?family=le-gall"), 1);
  EXPECT_EQ(total("/fhir/Practitioner?name=elo"), 1);                       // a given name
  EXPECT_EQ(total("/fhir/Practitioner?name=durand"), 1);                    // a family name
  EXPECT_EQ(total("/fhir/Practitioner?name=petit,durand"), 2);              // alternatives
  EXPECT_EQ(total("/fhir/Practitioner?family=martin&given=h%C3%A9l"), 15);  // parameters combine
}

TEST_F(FhirApi, IdentifiersMatchWithOrWithoutTheirSystem) {
  EXPECT_EQ(ids(ok("/fhir/Practitioner?identifier=urn:oid:1.2.250.1.71.4.2.1%7C810000000007")),
            std::vector<std::string>{"810000000007"});
  EXPECT_EQ(ids(ok("/fhir/Practitioner?identifier=0123456789")), std::vector<std::string>{"0123456789"});
  EXPECT_EQ(total("/fhir/Practitioner?identifier=http://other.example%7C810000000007"), 0);
  EXPECT_EQ(total("/fhir/Practitioner?_id=810000000007,810000000008"), 2);
  EXPECT_EQ(ids(ok("/fhir/Organization?identifier=https://finess.esante.gouv.fr%7C130000001")),
            std::vector<std::string>{kMsp});
  EXPECT_EQ(ids(ok("/fhir/Organization?identifier=urn:oid:1.2.250.1.71.4.2.2%7C1840000002")),
            std::vector<std::string>{kPharmacy});
}

TEST_F(FhirApi, AddressesMatchByCityAndPostcodePrefix) {
  // Marseille: the 23 Martins of 13202 and Le Gall (13203 and 13202).
  EXPECT_EQ(total("/fhir/Practitioner?address-city=marseille"), 24);
  EXPECT_EQ(total("/fhir/Practitioner?address-city=Avignon"), 24);  // 22 Martins, Durand, Petit
  EXPECT_EQ(total("/fhir/Practitioner?address-postalcode=13003"), 1);
  EXPECT_EQ(total("/fhir/Practitioner?address-postalcode=130"), 24);
  EXPECT_EQ(ids(ok("/fhir/Organization?address-city=avig")), std::vector<std::string>{kPharmacy});
  EXPECT_EQ(ids(ok("/fhir/Organization?address-postalcode=13")), std::vector<std::string>{kMsp});
  // Locations: the MSP's and the sites at 13003 (Le Gall's at the MSP).
  EXPECT_EQ(total("/fhir/Location?address-postalcode=13003"), 2);
}

TEST_F(FhirApi, PagesThroughTheResultsWithTheBundleLinks) {
  auto first = ok("/fhir/Practitioner?family=martin&_count=20");
  EXPECT_EQ(first.at("type"), "searchset");
  EXPECT_EQ(first.at("total").as_int64(), 45);
  EXPECT_EQ(link(first, "self"), "/fhir/Practitioner?family=martin&_count=20");
  EXPECT_EQ(link(first, "previous"), "");
  std::set<std::string> seen;
  std::vector<std::size_t> sizes;
  json::object page = first;
  while (true) {
    auto page_ids = ids(page);
    sizes.push_back(page_ids.size());
    seen.insert(page_ids.begin(), page_ids.end());
    std::string next = link(page, "next");
    if (next.empty()) break;
    page = ok(next);
    EXPECT_FALSE(link(page, "previous").empty());
  }
  EXPECT_EQ(sizes, (std::vector<std::size_t>{20, 20, 5}));
  EXPECT_EQ(seen.size(), 45u);
  // The previous page of the last one is the second.
  EXPECT_EQ(ids(ok(link(page, "previous"))).size(), 20u);
  // Entries carry absolute URLs built from the request's host.
  auto behind_proxy = get("/fhir/Practitioner?family=martin&_count=1",
                          {{"Host", "annuaire.example:8443"}, {"X-Forwarded-Proto", "https"}});
  auto doc = behind_proxy.json();
  EXPECT_EQ(doc.at("entry").at(0).at("fullUrl"), "https://annuaire.example:8443/fhir/Practitioner/810000000001");
  EXPECT_EQ(doc.at("link").at(1).at("url"),
            "https://annuaire.example:8443/fhir/Practitioner?family=martin&_count=1&_cursor=o1");
}

TEST_F(FhirApi, CountDefaultsTo20AndIsCappedAt200) {
  auto page = ok("/fhir/PractitionerRole");
  EXPECT_EQ(page.at("total").as_int64(), 49);  // 45 + 2 + 1 + 1 sites
  EXPECT_EQ(ids(page).size(), 20u);
  auto capped = ok("/fhir/PractitionerRole?_count=500");
  EXPECT_EQ(ids(capped).size(), 49u);
  EXPECT_NE(link(capped, "self").find("_count=200"), std::string::npos);
  auto count_only = ok("/fhir/Practitioner?family=martin&_count=0");
  EXPECT_EQ(count_only.at("total").as_int64(), 45);
  EXPECT_FALSE(count_only.contains("entry"));
}

TEST_F(FhirApi, PractitionerRolesOfASiteWithStructureProfessionSpecialtyAndPublishedTelecom) {
  auto bundle = ok("/fhir/PractitionerRole?practitioner=Practitioner/810000000101");
  ASSERT_EQ(ids(bundle).size(), 2u);
  json::object at_msp;
  for (const auto& e : bundle.at("entry").as_array()) {
    if (e.at("resource").as_object().contains("organization")) at_msp = e.at("resource").as_object();
  }
  ASSERT_FALSE(at_msp.empty()) << json::serialize(bundle);
  EXPECT_EQ(at_msp.at("organization").at("reference"), "Organization/130000001");
  EXPECT_EQ(at_msp.at("practitioner").at("reference"), "Practitioner/810000000101");
  EXPECT_EQ(at_msp.at("code").at(0).at("coding").at(0).at("code"), "60");
  json::array expected_telecom{{{"system", "phone"}, {"value", "0491999999"}, {"use", "work"}},
                               {{"system", "email"}, {"value", "legall@msp-panier.test"}, {"use", "work"}}};
  EXPECT_EQ(at_msp.at("telecom"), expected_telecom);
  // Nothing entered in Maillage (capacity, unscheduled care) is in the view.
  for (const char* absent : {"accepts", "snp", "extended", "\"yes\""}) {
    EXPECT_EQ(json::serialize(bundle).find(absent), std::string::npos) << absent;
  }
  // Its id reads back, and so does its Location, which has the MSP's position.
  std::string id(at_msp.at("id").as_string());
  EXPECT_EQ(ok("/fhir/PractitionerRole/" + id).at("id"), json::value(id));
  auto location = ok("/fhir/" + std::string(at_msp.at("location").at(0).at("reference").as_string()));
  EXPECT_EQ(location.at("managingOrganization").at("reference"), "Organization/130000001");
  EXPECT_NEAR(location.at("position").at("latitude").as_double(), 43.3021, 1e-9);
  EXPECT_EQ(location.at("address").at("city"), "Marseille");
}

TEST_F(FhirApi, PractitionerRolesByRoleSpecialtyOrganizationAndLocation) {
  const std::string g15 = "https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante";
  const std::string r38 = "https://mos.esante.gouv.fr/NOS/TRE_R38-SpecialiteOrdinale/FHIR/TRE-R38-SpecialiteOrdinale";
  EXPECT_EQ(total("/fhir/PractitionerRole?role=10"), 45);
  EXPECT_EQ(total("/fhir/PractitionerRole?role=" + g15 + "%7C60"), 2);
  EXPECT_EQ(total("/fhir/PractitionerRole?role=60,70"), 3);
  EXPECT_EQ(total("/fhir/PractitionerRole?role=http://other.example%7C10"), 0);
  EXPECT_EQ(total("/fhir/PractitionerRole?specialty=SM54"), 45);
  EXPECT_EQ(total("/fhir/PractitionerRole?specialty=" + r38 + "%7CSM54"), 45);
  EXPECT_EQ(total("/fhir/PractitionerRole?specialty=CEX02"), 1);
  EXPECT_EQ(total("/fhir/PractitionerRole?specialty=" + r38 + "%7CCEX02"), 0);  // not a spécialité ordinale
  EXPECT_EQ(total("/fhir/PractitionerRole?organization=130000001"), 1);
  EXPECT_EQ(total("/fhir/PractitionerRole?organization=Organization/840000002"), 0);
  EXPECT_EQ(total("/fhir/PractitionerRole?role=10&specialty=SM54&practitioner=810000000001"), 1);
  auto kine = ok("/fhir/PractitionerRole?role=70").at("entry").at(0).at("resource");
  EXPECT_FALSE(kine.at("specialty").at(0).at("coding").at(0).as_object().contains("system"));
  std::string location(kine.at("location").at(0).at("reference").as_string());
  EXPECT_EQ(ids(ok("/fhir/PractitionerRole?location=" + location)), std::vector<std::string>{location.substr(9)});
}

TEST_F(FhirApi, StructuresAreOrganizationsLocationsAndHealthcareServices) {
  auto msp = ok("/fhir/Organization/130000001");
  EXPECT_EQ(msp.at("name"), "MSP du Panier");
  EXPECT_EQ(msp.at("type").at(0).at("coding").at(0).at("code"), "603");
  EXPECT_EQ(msp.at("identifier").at(1).at("value"), "1130000001");  // IDNST
  EXPECT_EQ(msp.at("telecom").at(0).at("value"), "0491000000");
  EXPECT_EQ(ids(ok("/fhir/Organization?name=msp%20du%20pan")), std::vector<std::string>{kMsp});
  EXPECT_EQ(ids(ok("/fhir/Organization?name=PH%C3%80RMA")), std::vector<std::string>{kPharmacy});
  EXPECT_EQ(ids(ok("/fhir/Organization?type=620")), std::vector<std::string>{kPharmacy});

  auto service = ok("/fhir/HealthcareService/840000002");
  EXPECT_EQ(service.at("providedBy").at("reference"), "Organization/840000002");
  EXPECT_EQ(service.at("location").at(0).at("reference"), "Location/840000002");
  EXPECT_EQ(ids(ok("/fhir/HealthcareService?service-type=603")), std::vector<std::string>{kMsp});
  EXPECT_EQ(ids(ok("/fhir/HealthcareService?organization=Organization/840000002")),
            std::vector<std::string>{kPharmacy});
  EXPECT_EQ(ids(ok("/fhir/HealthcareService?location=Location/130000001")), std::vector<std::string>{kMsp});
  EXPECT_EQ(ids(ok("/fhir/HealthcareService?name=msp")), std::vector<std::string>{kMsp});

  auto pharmacy_location = ok("/fhir/Location/840000002");
  EXPECT_FALSE(pharmacy_location.contains("position"));  // the file has no geolocation for it
  EXPECT_EQ(pharmacy_location.at("address").at("city"), "Avignon");
  // The MSP's Location, and the site of Le Gall at the MSP.
  auto managed = ok("/fhir/Location?organization=130000001");
  EXPECT_EQ(managed.at("total").as_int64(), 2);
  EXPECT_EQ(ids(managed).at(0), kMsp);
  // The structures' Locations come first, then the sites', across pages.
  auto all = ok("/fhir/Location?_count=1&_cursor=o1");
  EXPECT_EQ(all.at("total").as_int64(), 51);  // 2 structures, 49 sites
  EXPECT_EQ(ids(all), std::vector<std::string>{kPharmacy});
  EXPECT_NE(ids(ok("/fhir/Location?_count=1&_cursor=o2")).at(0).find('-'), std::string::npos);
}

TEST_F(FhirApi, RefusesWhatItDoesNotSupportWithAnOperationOutcome) {
  auto unknown = outcome("/fhir/Practitioner?nom=martin", 400);
  EXPECT_EQ(unknown.at("code"), "not-supported");
  EXPECT_EQ(unknown.at("expression").at(0), "nom");
  EXPECT_EQ(outcome("/fhir/Practitioner?family:exact=MARTIN", 400).at("code"), "not-supported");
  EXPECT_EQ(outcome("/fhir/Practitioner?family=a&family=b", 400).at("expression").at(0), "family");
  EXPECT_EQ(outcome("/fhir/Practitioner?_count=many", 400).at("expression").at(0), "_count");
  EXPECT_EQ(outcome("/fhir/Practitioner?_cursor=42", 400).at("expression").at(0), "_cursor");
  EXPECT_EQ(outcome("/fhir/Practitioner?family=-", 400).at("code"), "invalid");
  EXPECT_EQ(outcome("/fhir/PractitionerRole?organization=Practitioner/1", 400).at("code"), "invalid");
  EXPECT_EQ(outcome("/fhir/Practitioner?_format=xml", 406).at("code"), "not-supported");
  EXPECT_EQ(outcome("/fhir/metadata", 406, {{"Accept", "application/fhir+xml"}}).at("code"), "not-supported");
  EXPECT_EQ(outcome("/fhir/Practitioner", 405, {}, "POST").at("code"), "not-supported");
  // Lenient handling ignores what it does not know, and says what it applied.
  auto lenient = get("/fhir/Practitioner?family=martin&_sort=family", {{"Prefer", "handling=lenient"}});
  ASSERT_EQ(lenient.status, 200u) << lenient.body;
  EXPECT_EQ(lenient.json().at("total").as_int64(), 45);
  EXPECT_EQ(link(lenient.json().as_object(), "self"), "/fhir/Practitioner?family=martin&_count=20");
  // JSON asked in every accepted way.
  EXPECT_EQ(total("/fhir/Practitioner?family=martin&_format=json"), 45);
  EXPECT_EQ(total("/fhir/Practitioner?family=martin&_format=application/fhir%2Bjson"), 45);
}

}  // namespace
}  // namespace maillage
