"""Which column of the file holds which field of a tiers: guessed from the headers (French and
English, usual synonyms), corrected by the user, remembered per file layout."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class Field:
    key: str
    label: Text
    synonyms: tuple[str, ...]      # headers of the agency's files, normalized: data matched, never shown


FIELDS: tuple[Field, ...] = (
    Field("code", QT_TRANSLATE_NOOP("TiersImport", "Code"),
          ("code", "code tiers", "code client", "code coproprietaire", "code locataire", "reference", "ref",
           "ref tiers", "identifiant", "id", "customer id", "client id", "numero tiers", "n tiers", "no tiers", "tiers")),
    Field("civility", QT_TRANSLATE_NOOP("TiersImport", "Civilité"),
          ("civilite", "civ", "titre", "title", "salutation", "civility")),
    Field("lastname", QT_TRANSLATE_NOOP("TiersImport", "Nom"),
          ("nom", "nom de famille", "nom tiers", "last name", "lastname", "surname", "family name", "name")),
    Field("firstname", QT_TRANSLATE_NOOP("TiersImport", "Prénom"),
          ("prenom", "first name", "firstname", "given name", "forename")),
    Field("company", QT_TRANSLATE_NOOP("TiersImport", "Société"),
          ("societe", "raison sociale", "entreprise", "denomination", "company", "company name", "organisation",
           "organization")),
    Field("email", QT_TRANSLATE_NOOP("TiersImport", "Email"),
          ("email", "e mail", "mail", "courriel", "adresse email", "adresse e mail", "adresse mail",
           "adresse electronique", "email address", "e mail address")),
    Field("address1", QT_TRANSLATE_NOOP("TiersImport", "Adresse 1"),
          ("adresse", "adresse 1", "adresse1", "adresse ligne 1", "rue", "voie", "address", "address 1", "address1",
           "address line 1", "street")),
    Field("address2", QT_TRANSLATE_NOOP("TiersImport", "Adresse 2"),
          ("adresse 2", "adresse2", "adresse ligne 2", "complement", "complement adresse", "complement d adresse",
           "address 2", "address2", "address line 2")),
    Field("address3", QT_TRANSLATE_NOOP("TiersImport", "Adresse 3"),
          ("adresse 3", "adresse3", "adresse ligne 3", "complement 2", "address 3", "address line 3")),
    Field("postal_code", QT_TRANSLATE_NOOP("TiersImport", "Code postal"),
          ("code postal", "cp", "c p", "postal code", "postcode", "zip", "zip code", "codepostal")),
    Field("city", QT_TRANSLATE_NOOP("TiersImport", "Ville"),
          ("ville", "commune", "localite", "city", "town", "bureau distributeur")),
    Field("country", QT_TRANSLATE_NOOP("TiersImport", "Pays"), ("pays", "country", "code pays")),
    Field("phone", QT_TRANSLATE_NOOP("TiersImport", "Téléphone"),
          ("telephone", "tel", "phone", "portable", "mobile", "telephone portable")),
    Field("entity", QT_TRANSLATE_NOOP("TiersImport", "Entité"),
          ("entite", "code entite", "immeuble", "code immeuble", "copropriete", "code copropriete", "residence",
           "syndicat", "mandat", "mandat de gerance", "entity", "building")),
    Field("lot", QT_TRANSLATE_NOOP("TiersImport", "Lot"),
          ("lot", "lots", "numero de lot", "n lot", "no lot", "num lot", "lot number")),
    Field("relation", QT_TRANSLATE_NOOP("TiersImport", "Relation"),
          ("relation", "qualite", "type de tiers", "type tiers", "role", "relationship")),
    Field("status", QT_TRANSLATE_NOOP("TiersImport", "Statut"),
          ("statut", "statut particulier professionnel", "particulier professionnel",
           "particulier ou professionnel", "type de personne", "status", "personne")),   # i18n: data
    Field("consent", QT_TRANSLATE_NOOP("TiersImport", "Consentement LRE"),
          ("consentement lre", "consentement", "accord lre", "accord de consentement", "accord de consentement lre",
           "consentement electronique", "lre consent", "consent", "e consent")),
    Field("consent_date", QT_TRANSLATE_NOOP("TiersImport", "Date du consentement"),
          ("date consentement", "date du consentement", "date consentement lre", "date du consentement lre",  # i18n: data
           "date accord", "date de l accord", "consent date", "date of consent")),
    Field("paper_requested", QT_TRANSLATE_NOOP("TiersImport", "Papier demandé"),
          ("papier demande", "demande papier", "demande d envoi papier", "envoi papier", "courrier papier",  # i18n: data
           "papier", "paper requested", "paper")),
)
FIELD_BY_KEY = {field.key: field for field in FIELDS}
_SYNONYMS = {synonym: field.key for field in FIELDS for synonym in field.synonyms}

# column index -> field key; a column missing from it is not imported.
Mapping_ = dict[int, str]


def normalize(header: str) -> str:
    """Lower case, no accents, words separated by one space ("Code Postal (CP)" → "code postal cp")."""
    plain = unicodedata.normalize("NFKD", header).encode("ascii", "ignore").decode().lower()
    return " ".join(re.findall(r"[a-z0-9]+", plain))


def _candidates(header: str) -> list[str]:
    """The header as it is, then without a parenthesis ("Consentement LRE (oui/non)")."""
    return [normalize(header), normalize(re.sub(r"\(.*?\)|\[.*?\]", " ", header))]


def guess_mapping(headers: Sequence[str]) -> Mapping_:
    """Exact synonyms first, then a header that starts with a synonym (the longest wins); each field once."""
    mapping: Mapping_ = {}
    for index, header in enumerate(headers):
        for candidate in _candidates(header):
            key = _SYNONYMS.get(candidate)
            if key and key not in mapping.values():
                mapping[index] = key
                break
    for index, header in enumerate(headers):
        if index in mapping:
            continue
        words = normalize(header)
        prefixes = sorted((s for s in _SYNONYMS if len(s) > 2 and (words + " ").startswith(s + " ")),
                          key=len, reverse=True)
        for synonym in prefixes:
            if _SYNONYMS[synonym] not in mapping.values():
                mapping[index] = _SYNONYMS[synonym]
                break
    return dict(sorted(mapping.items()))


def layout_key(headers: Sequence[str]) -> str:
    """Same headers (whatever their case or accents) → same key: where a mapping is remembered."""
    return hashlib.sha256("\x1f".join(normalize(h) for h in headers).encode()).hexdigest()[:32]


def to_named(headers: Sequence[str], mapping: Mapping[int, str]) -> dict[str, str]:
    """{header: field}: how a mapping is saved (a file, the store)."""
    return {headers[index]: key for index, key in sorted(mapping.items())}


def from_named(headers: Sequence[str], named: Mapping[str, str]) -> Mapping_:
    """The saved {header: field} applied to these headers (matched without case nor accents);
    fields this version does not know are left out."""
    wanted = {normalize(header): key for header, key in named.items()}
    return {index: wanted[normalize(header)] for index, header in enumerate(headers)
            if normalize(header) in wanted and wanted[normalize(header)] in FIELD_BY_KEY}


def unknown_fields(named: Mapping[str, str]) -> list[str]:
    return [key for key in named.values() if key not in FIELD_BY_KEY]
