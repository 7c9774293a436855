#include "directory/synthetic/names.h"

#include <array>

namespace maillage::directory::synthetic {
namespace {

using namespace std::string_view_literals;

constexpr std::array kFamilyNames = {
    "Martin"sv, "Bernard"sv, "Thomas"sv, "Petit"sv, "Robert"sv, "Richard"sv, "Durand"sv, "Dubois"sv, "Moreau"sv,
    "Laurent"sv, "Simon"sv, "Michel"sv, "Lefebvre"sv, "Leroy"sv, "Roux"sv, "David"sv, "Bertrand"sv, "Morel"sv,
    "Fournier"sv, "Girard"sv, "Bonnet"sv, "Dupont"sv, "Lambert"sv, "Fontaine"sv, "Rousseau"sv, "Vincent"sv,
    "Muller"sv, "Lefèvre"sv, "Faure"sv, "André"sv, "Mercier"sv, "Blanc"sv, "Guérin"sv, "Boyer"sv, "Garnier"sv,
    "Chevalier"sv, "François"sv, "Legrand"sv, "Gauthier"sv, "Garcia"sv, "Perrin"sv, "Robin"sv, "Clément"sv,
    "Morin"sv, "Nicolas"sv, "Henry"sv, "Roussel"sv, "Mathieu"sv, "Gautier"sv, "Masson"sv, "Marchand"sv, "Duval"sv,
    "Denis"sv, "Dumont"sv, "Marie"sv, "Lemaire"sv, "Noël"sv, "Meyer"sv, "Dufour"sv, "Meunier"sv, "Brun"sv,
    "Blanchard"sv, "Giraud"sv, "Joly"sv, "Rivière"sv, "Lucas"sv, "Brunet"sv, "Gaillard"sv, "Barbier"sv, "Arnaud"sv,
    "Martinez"sv, "Gérard"sv, "Roche"sv, "Renard"sv, "Schmitt"sv, "Roy"sv, "Leroux"sv, "Colin"sv, "Vidal"sv,
    "Caron"sv, "Picard"sv, "Roger"sv, "Fabre"sv, "Aubert"sv, "Lemoine"sv, "Renaud"sv, "Dumas"sv, "Lacroix"sv,
    "Olivier"sv, "Philippe"sv, "Bourgeois"sv, "Pierre"sv, "Benoît"sv, "Rey"sv, "Leclerc"sv, "Payet"sv, "Rolland"sv,
    "Leclercq"sv, "Guillaume"sv, "Lecomte"sv, "Lopez"sv, "Jean"sv, "Dupuy"sv, "Guillot"sv, "Hubert"sv, "Berger"sv,
    "Carpentier"sv, "Sanchez"sv, "Dupuis"sv, "Moulin"sv, "Louis"sv, "Deschamps"sv, "Huet"sv, "Vasseur"sv, "Perez"sv,
    "Boucher"sv, "Fleury"sv, "Royer"sv, "Klein"sv, "Jacquet"sv, "Adam"sv, "Paris"sv, "Poirier"sv, "Marty"sv,
    "Aubry"sv, "Guyot"sv, "Carré"sv, "Charles"sv, "Renault"sv, "Charpentier"sv, "Ménard"sv, "Maillard"sv,
    "Baron"sv, "Bertin"sv, "Bailly"sv, "Hervé"sv, "Schneider"sv, "Fernandez"sv, "Le Gall"sv, "Collet"sv, "Léger"sv,
    "Bouvier"sv, "Julien"sv, "Prévost"sv, "Millet"sv, "Perrot"sv, "Daniel"sv, "Le Roux"sv, "Cousin"sv, "Germain"sv,
    "Breton"sv, "Besson"sv, "Langlois"sv, "Rémy"sv, "Le Goff"sv, "Pelletier"sv, "Lévêque"sv, "Perrier"sv,
    "Leblanc"sv, "Barré"sv, "Lebrun"sv, "Marchal"sv, "Weber"sv, "Mallet"sv, "Hamon"sv, "Boulanger"sv, "Jacob"sv,
    "Monnier"sv, "Michaud"sv, "Rodriguez"sv, "Guichard"sv, "Gillet"sv, "Étienne"sv, "Grondin"sv, "Poulain"sv,
    "Tessier"sv, "Chevallier"sv, "Collin"sv, "Chauvin"sv, "Da Silva"sv, "Bouchet"sv, "Gay"sv, "Lemaître"sv,
    "Bénard"sv, "Maréchal"sv, "Humbert"sv, "Reynaud"sv, "Antoine"sv, "Hoarau"sv, "Perret"sv, "Barthélemy"sv,
    "Cordier"sv, "Pichon"sv, "Lejeune"sv, "Gilbert"sv, "Lamy"sv, "Delaunay"sv, "Pasquier"sv, "Carlier"sv,
    "Laporte"sv, "Benali"sv, "Haddad"sv, "Nguyen"sv, "Mendes"sv, "Ferreira"sv, "Diallo"sv, "Traoré"sv, "Cohen"sv,
    "Bensaïd"sv, "Kaddour"sv, "Ouali"sv, "Tran"sv, "Santos"sv, "Rossi"sv, "Costa"sv};

constexpr std::array kFemaleFirstNames = {
    "Marie"sv, "Nathalie"sv, "Isabelle"sv, "Sylvie"sv, "Catherine"sv, "Sophie"sv, "Valérie"sv, "Christine"sv,
    "Céline"sv, "Sandrine"sv, "Stéphanie"sv, "Aurélie"sv, "Émilie"sv, "Julie"sv, "Camille"sv, "Laura"sv, "Léa"sv,
    "Manon"sv, "Chloé"sv, "Sarah"sv, "Anne"sv, "Claire"sv, "Hélène"sv, "Élodie"sv, "Caroline"sv, "Virginie"sv,
    "Karine"sv, "Audrey"sv, "Mélanie"sv, "Pauline"sv, "Lucie"sv, "Charlotte"sv, "Inès"sv, "Amandine"sv, "Marion"sv,
    "Mathilde"sv, "Agnès"sv, "Florence"sv, "Laurence"sv, "Yasmine"sv, "Fatima"sv, "Amina"sv, "Océane"sv,
    "Justine"sv, "Clémence"sv, "Anaïs"sv, "Margaux"sv, "Estelle"sv, "Delphine"sv, "Nadia"sv};

constexpr std::array kMaleFirstNames = {
    "Jean"sv, "Pierre"sv, "Philippe"sv, "Michel"sv, "Alain"sv, "Nicolas"sv, "Christophe"sv, "Laurent"sv,
    "Stéphane"sv, "Frédéric"sv, "Julien"sv, "Sébastien"sv, "David"sv, "Thomas"sv, "Olivier"sv, "Éric"sv,
    "Patrick"sv, "Franck"sv, "Vincent"sv, "Mathieu"sv, "Guillaume"sv, "Antoine"sv, "Maxime"sv, "Romain"sv,
    "Alexandre"sv, "Hugo"sv, "Lucas"sv, "Louis"sv, "Paul"sv, "Arnaud"sv, "Benoît"sv, "Bruno"sv, "Cédric"sv,
    "Damien"sv, "Fabien"sv, "Jérôme"sv, "Karim"sv, "Mehdi"sv, "Yann"sv, "Xavier"sv, "Thierry"sv, "Pascal"sv,
    "Gilles"sv, "Hervé"sv, "Didier"sv, "Marc"sv, "François"sv, "Clément"sv, "Rachid"sv, "Loïc"sv};

constexpr std::array kStreetTypes = {
    StreetType{"R", "Rue"},     StreetType{"R", "Rue"},      StreetType{"R", "Rue"},     StreetType{"AV", "Avenue"},
    StreetType{"AV", "Avenue"}, StreetType{"BD", "Boulevard"}, StreetType{"PL", "Place"}, StreetType{"CHE", "Chemin"},
    StreetType{"ALL", "Allée"}, StreetType{"IMP", "Impasse"},  StreetType{"RTE", "Route"}, StreetType{"QUAI", "Quai"}};

constexpr std::array kStreetNames = {
    "de la République"sv, "Victor Hugo"sv, "Jean Jaurès"sv, "Pasteur"sv, "de la Gare"sv, "du Général de Gaulle"sv,
    "Jean Moulin"sv, "de la Liberté"sv, "Gambetta"sv, "Carnot"sv, "des Écoles"sv, "du Marché"sv, "de l'Église"sv,
    "du Moulin"sv, "des Tilleuls"sv, "de la Paix"sv, "Émile Zola"sv, "Paul Bert"sv, "Anatole France"sv,
    "Georges Clemenceau"sv, "Aristide Briand"sv, "de Verdun"sv, "du 8 Mai 1945"sv, "du 11 Novembre"sv,
    "des Lilas"sv, "des Acacias"sv, "du Stade"sv, "de la Mairie"sv, "Louis Pasteur"sv, "Pierre Curie"sv,
    "Marie Curie"sv, "Voltaire"sv, "Jules Ferry"sv, "Léon Blum"sv, "de la Fontaine"sv, "des Jardins"sv,
    "du Château"sv, "de la Poste"sv, "Saint-Michel"sv, "Notre-Dame"sv};

}  // namespace

std::span<const std::string_view> family_names() { return kFamilyNames; }
std::span<const std::string_view> female_first_names() { return kFemaleFirstNames; }
std::span<const std::string_view> male_first_names() { return kMaleFirstNames; }
std::span<const StreetType> street_types() { return kStreetTypes; }
std::span<const std::string_view> street_names() { return kStreetNames; }

}  // namespace maillage::directory::synthetic
