"""Columns guessed from French and English headers and their synonyms."""
from __future__ import annotations

from app.imports.mapping import from_named, guess_mapping, layout_key, to_named


def _named(headers):
    return {headers[index]: key for index, key in guess_mapping(headers).items()}


def test_french_agency_headers_and_synonyms():
    headers = ["N° tiers", "Civ.", "Nom", "Prénom", "Raison sociale", "Courriel", "Adresse", "Complément d'adresse",
               "CP", "Commune", "Pays", "Copropriété", "N° lot", "Qualité", "Statut (particulier/professionnel)",
               "Consentement LRE (oui/non)", "Date du consentement", "Papier demandé", "Solde"]
    assert _named(headers) == {
        "N° tiers": "code", "Civ.": "civility", "Nom": "lastname", "Prénom": "firstname", "Raison sociale": "company",
        "Courriel": "email", "Adresse": "address1", "Complément d'adresse": "address2", "CP": "postal_code",
        "Commune": "city", "Pays": "country", "Copropriété": "entity", "N° lot": "lot", "Qualité": "relation",
        "Statut (particulier/professionnel)": "status", "Consentement LRE (oui/non)": "consent",
        "Date du consentement": "consent_date", "Papier demandé": "paper_requested"}


def test_english_headers():
    headers = ["Customer ID", "Title", "Last name", "First name", "Company", "E-mail", "Address line 1",
               "Address line 2", "Zip code", "City", "Country", "Building", "LRE consent", "Consent date"]
    assert set(_named(headers).values()) == {"code", "civility", "lastname", "firstname", "company", "email",
                                             "address1", "address2", "postal_code", "city", "country", "entity",
                                             "consent", "consent_date"}


def test_each_field_is_guessed_once_and_unknown_columns_are_left_out():
    assert _named(["Email", "Courriel", "Remarques"]) == {"Email": "email"}


def test_a_saved_mapping_applies_to_the_same_layout_whatever_the_case():
    headers = ["CODE", "NOM", "Ville"]
    named = to_named(headers, {0: "code", 1: "company"})
    assert from_named(["Code", "Nom", "VILLE"], named) == {0: "code", 1: "company"}
    assert layout_key(["CODE", "NOM", "Ville"]) == layout_key(["Code", "Nom", "VILLE"]) != layout_key(["Code", "Nom"])
