"""The demo agency seeded on first start with an empty store.

Deterministic (a fixed random seed), so that screenshots and tests see the same
agency every time; written in one transaction, so that it happens once and never
half. The figures: 5 entities, 60 tiers, 40 events with real PDF attachments; the user JLC is ready to
send in « Démo locale » (app/demo/sending_setup.py) without the local AR24 service being started.
"""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.demo.sending_setup import set_ready_to_send
from app.paths import documents_dir
from app.store.database import Store
from app.store.models import (
    AuditEntry,
    ConsentChange,
    ConsentOrigin,
    Correspondant,
    Entity,
    EntityKind,
    Event,
    EventAttachment,
    Setting,
    Tiers,
    TiersStatus,
    User,
)

AGENCY_NAME = "Cabinet Chambertin Immobilier"
SEEDED_KEY = "demo_seeded_at"
# The agency's letterhead on every letter body (keys of app/sending/agency.py).
LETTERHEAD = {"agency.name": AGENCY_NAME, "agency.address": "8 place Darcy\n21000 DIJON\nTél. 03 80 30 24 24",
              "agency.town": "Dijon"}

ENTITIES = [
    ("S001", "SDC Résidence Les Tilleuls", EntityKind.SYNDICAT, "14 avenue des Tilleuls, 21000 Dijon"),
    ("S002", "SDC Le Clos des Vignes", EntityKind.SYNDICAT, "3 rue des Vendanges, 21200 Beaune"),
    ("S003", "SDC 12 rue Victor Hugo", EntityKind.SYNDICAT, "12 rue Victor Hugo, 21000 Dijon"),
    ("G001", "Gérance locative - Mandants", EntityKind.GERANCE, "8 place Darcy, 21000 Dijon"),
    ("G002", "Gérance commerciale", EntityKind.GERANCE, "8 place Darcy, 21000 Dijon"),
]

LASTNAMES = [
    "MEURSAULT", "ALOXE CORTON", "BROUILLY", "CLIQUOT", "LAFITTE", "ATRILLON", "ROLIN", "LATOUR",
    "BRION", "MERCUREY", "FIXIN", "GIVRY", "CHABLIS", "POMMARD", "VOLNAY", "SANTENAY", "RULLY",
    "MONTAGNY", "IRANCY", "CHENAS", "JULIENAS", "FLEURIE", "MORGON", "REGNIE", "CHIROUBLES",
    "MARSANNAY", "COUCHEY", "BROCHON", "VOUGEOT", "MOREY", "MUSIGNY", "CORTON", "SAVIGNY",
    "CHOREY", "PERNAND", "LADOIX", "MONTHELIE", "AUXEY", "PULIGNY", "CHASSAGNE", "MARANGES",
    "BOUZERON", "VIRE", "CLESSE", "LUGNY", "CHARDONNAY", "SOLUTRE", "POUILLY", "FUISSE",
]
FIRSTNAMES_F = ["Jeannine", "Denise", "Mathilde", "Jeannette", "Marie", "Camille", "Hélène",
                "Odile", "Sophie", "Claire", "Agnès", "Brigitte", "Élodie", "Françoise"]
FIRSTNAMES_M = ["Alfred", "Bernard", "Alexis", "Jean", "Pierre", "Louis", "Gérard", "Étienne",
                "Hugues", "Marc", "Thierry", "Yves", "Rémi", "François"]
STREETS = ["rue de la Liberté", "avenue Foch", "boulevard Carnot", "rue Monge", "rue Chabot-Charny",
           "rue des Forges", "quai Nicolas Rolin", "rue Berbisey", "place Émile Zola", "rue Jeannin"]
TOWNS = [("21000", "DIJON"), ("21200", "BEAUNE"), ("21300", "CHENOVE"), ("21121", "FONTAINE LES DIJON"),
         ("21800", "QUETIGNY"), ("69001", "LYON"), ("75011", "PARIS"), ("83700", "ST RAPHAEL")]
COMPANIES = ["SCI Les Trois Chênes", "SARL Bourgogne Habitat", "SCI du Parc", "Boulangerie Martin SARL",
             "Cabinet médical du Centre", "SAS Optique Darcy", "SCI Familiale Rolin", "EURL Atelier Vert"]
EMAIL_DOMAINS = ["gmail.com", "orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "hotmail.fr"]


def is_seeded(session: Session) -> bool:
    return session.get(Setting, SEEDED_KEY) is not None


def seed_demo_agency(store: Store, *, docs: Path | None = None) -> bool:
    """Fill an empty store with the demo agency. Returns False when there was nothing to do."""
    docs = docs or documents_dir() / "demo"
    with store.session() as session, session.begin():
        # An agency's own data is never mixed with the demo: seed only a store without tiers.
        if is_seeded(session) or session.scalar(select(func.count(Tiers.id))):
            return False
        _Seeder(session, docs).run()
        session.add(Setting(key=SEEDED_KEY, value=dt.datetime.now().isoformat(timespec="seconds")))
        session.add_all([Setting(key=key, value=value) for key, value in LETTERHEAD.items()])
        session.add(AuditEntry(login="system", action="demo_seeded",
                               detail="Agence de démonstration créée"))
    return True


class _Seeder:
    def __init__(self, session: Session, docs: Path) -> None:
        self.session = session
        self.docs = docs
        self.rng = random.Random(24)
        self.today = dt.date.today()

    def run(self) -> None:
        self._users()
        entities = self._entities()
        tiers = self._tiers(entities)
        self.session.flush()
        self._events(tiers, entities)
        set_ready_to_send(self.session, "JLC")   # ready to try sending: linked, senders, payment methods

    def _users(self) -> None:
        self.session.add_all([
            User(login="JLC", full_name="Jean-Louis CHAMBERTIN"),
            User(login="MDU", full_name="Marie DUPUIS"),
        ])

    def _entities(self) -> dict[str, Entity]:
        entities = {}
        for number, (code, name, kind, address) in enumerate(ENTITIES):
            entity = Entity(code=code, name=name, kind=kind, address=address,
                            ics=f"FR{number + 12}ZZZ{400000 + number * 1371}",
                            iban=f"FR76 3000 4000 {number + 10:02d}00 0012 3456 {number:03d}",
                            bic="BNPAFRPPDIJ")
            entities[code] = entity
            self.session.add(entity)
        return entities

    def _tiers(self, entities: dict[str, Entity]) -> list[Tiers]:
        rng = self.rng
        codes = list(entities)
        result = []
        for index in range(60):
            entity = entities[codes[index % len(codes)]]
            is_pro = index % 9 == 4
            female = index % 2 == 0
            tiers = Tiers(code=f"T{index + 1:04d}", entity=entity)
            if is_pro:
                tiers.status = TiersStatus.PROFESSIONNEL
                tiers.company = COMPANIES[index % len(COMPANIES)]
                tiers.lastname = LASTNAMES[index % len(LASTNAMES)]
                tiers.firstname = rng.choice(FIRSTNAMES_M + FIRSTNAMES_F)
                tiers.civility = "Société"
                slug = tiers.company.lower().replace(" ", "-").replace("'", "")
                tiers.email = f"contact@{slug[:20].strip('-')}.fr"
            else:
                tiers.lastname = LASTNAMES[index % len(LASTNAMES)]
                tiers.firstname = (FIRSTNAMES_F if female else FIRSTNAMES_M)[index % 14]
                tiers.civility = "Madame" if female else "Monsieur"
                local = f"{_ascii(tiers.firstname)}.{_ascii(tiers.lastname)}".lower().replace(" ", "-")
                tiers.email = f"{local}@{EMAIL_DOMAINS[index % len(EMAIL_DOMAINS)]}"
            tiers.relation = ("copropriétaire" if entity.kind is EntityKind.SYNDICAT
                              else ("bailleur" if index % 4 == 0 else "locataire"))
            postcode, town = TOWNS[index % len(TOWNS)]
            tiers.address1 = f"{rng.randint(1, 120)} {STREETS[index % len(STREETS)]}"
            if index % 5 == 1:
                tiers.address2 = f"Bâtiment {'ABC'[index % 3]}, appartement {rng.randint(1, 40)}"
            tiers.postal_code, tiers.city = postcode, town
            tiers.phone = f"03 80 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
            self._damage(index, tiers)
            self._consent(index, tiers)
            if index % 11 == 3:
                tiers.correspondants.append(Correspondant(
                    civility="Madame", lastname=tiers.lastname, firstname="Sophie",
                    role="Mandataire", email=f"sophie.{_ascii(tiers.lastname).lower()}@notaires.fr"))
            result.append(tiers)
            self.session.add(tiers)
        return result

    @staticmethod
    def _damage(index: int, tiers: Tiers) -> None:
        """A few realistic mistakes for the compatibility checks to find."""
        if index in (0, 17, 38):       # MEURSAULT Jeannine first: the seed's famous error line
            tiers.email = tiers.email.split("@")[0] + "@gmail"          # no top-level domain
        elif index in (26, 47):
            tiers.email = ""                                             # no e-mail at all
        if index in (9, 29):
            tiers.postal_code = ""                                       # incomplete address
        elif index == 44:
            tiers.address1, tiers.city = "", ""

    def _consent(self, index: int, tiers: Tiers) -> None:
        """About half consent, a few refused on AR24, the rest never asked."""
        when = dt.datetime.combine(self.today - dt.timedelta(days=30 + index * 3), dt.time(10, 15))
        if index % 5 in (0, 2, 3) and index not in (7, 12):
            origin = ConsentOrigin.AR24 if index % 3 == 0 else ConsentOrigin.MANUEL
            tiers.lre_consent, tiers.consent_email = True, tiers.email
            tiers.consent_date, tiers.consent_origin = when, origin
            tiers.consent_history.append(ConsentChange(at=when, by_login="JLC", origin=origin,
                                                       change="consent_given", email=tiers.email))
        elif index in (7, 12, 31):
            tiers.consent_date, tiers.consent_origin = when, ConsentOrigin.AR24
            tiers.consent_history.append(ConsentChange(at=when, by_login="JLC", origin=ConsentOrigin.AR24,
                                                       change="consent_refused", email=tiers.email))
        if index in (13, 33):         # co-owners who asked for paper (décret 2025-1292)
            tiers.paper_requested, tiers.paper_requested_date = True, when
            tiers.consent_history.append(ConsentChange(at=when, by_login="MDU",
                                                       origin=ConsentOrigin.COPROPRIETAIRE,
                                                       change="paper_requested"))

    def _events(self, tiers: list[Tiers], entities: dict[str, Entity]) -> None:
        ag_date = self.today + dt.timedelta(days=45)
        kinds = ["ag", "ag", "fonds", "relance", "ag", "fonds", "relance", "echeance"]
        for index in range(40):
            person = tiers[(index * 7) % len(tiers)]
            kind = kinds[index % len(kinds)]
            if person.entity.kind is EntityKind.GERANCE and kind in ("ag", "fonds"):
                kind = "echeance"
            self.session.add(self._event(index, person, kind, ag_date))

    def _event(self, index: int, person: Tiers, kind: str, ag_date: dt.date) -> Event:
        created = dt.datetime.combine(self.today - dt.timedelta(days=index % 6),
                                      dt.time(9 + index % 8, (index * 13) % 60, (index * 7) % 60))
        entity = person.entity
        models = {
            "ag": ("AG Convoc ind. n°10", "Convocation AG"),
            "fonds": ("Appel de fonds", f"Appel de fonds T1 {self.today.year + 1}"),
            "relance": ("Relance impayé", "Relance avant mise en demeure"),
            "echeance": ("Mise en demeure", "Loyers impayés"),
        }
        model, subject = models[kind]
        event = Event(author="JLC", assignee="JLC" if index % 3 else "MDU", created_at=created,
                      dossier=f"{entity.code} {entity.name}", tiers=person, model=model, subject=subject,
                      entity=entity, expedition="courrier", via="Autres")
        if person.correspondants and index % 2:
            event.correspondant = person.correspondants[0]
        if index % 10 != 9:          # a few events not yet "chronotés": they cannot be sent
            event.treatment_number = 2901 + index
            event.treatment_date = created.date()
        if kind == "ag":
            event.ag_date = ag_date
        event.body_html = _body(kind, person, entity, ag_date)
        # reportlab is imported only when the demo is seeded, not at every start
        from app.demo.documents import write_demo_pdf

        for position, (name, title, lines, wide, pages) in enumerate(self._attachments(index, kind, entity)):
            path = self.docs / f"E{index + 1:03d}-{position + 1}-{name}"
            size = write_demo_pdf(path, title, lines, agency=AGENCY_NAME, is_landscape=wide, pages=pages)
            event.attachments.append(EventAttachment(position=position, filename=name, path=str(path),
                                                     size=size))
        return event

    @staticmethod
    def _attachments(index: int, kind: str, entity: Entity) -> list[tuple[str, str, list[str], bool, int]]:
        if kind == "ag":
            files = [("Ordre-du-jour.pdf", f"Assemblée générale - {entity.name}",
                      ["1. Élection du président de séance", "2. Approbation des comptes de l'exercice",
                       "3. Quitus au syndic", "4. Budget prévisionnel", "5. Travaux de ravalement"],
                      False, 2)]
            if index % 8 == 4:       # syndic annexes are often landscape: a paper LR refuses them
                files.append(("Annexe-comptable.pdf", "Annexe 1 - État financier",
                              ["Compte", "Charges courantes", "Travaux"], True, 1))
            return files
        if kind == "fonds":
            return [("Appel-de-fonds.pdf", "Appel de fonds", ["Quote-part : 412,50 EUR",
                                                                "Échéance : 1er janvier"], False, 1)]
        if kind == "echeance":
            return [("Decompte.pdf", "Décompte des sommes dues",
                     ["Loyer octobre : 690,00 EUR", "Loyer novembre : 690,00 EUR"], False, 1)]
        return []


def _ascii(text: str) -> str:
    table = str.maketrans("àâäéèêëîïôöùûüçÉÈ", "aaaeeeeiioouuucEE")
    return text.translate(table)


def _body(kind: str, person: Tiers, entity: Entity, ag_date: dt.date) -> str:
    greeting = f"<p>{person.civility} {person.display_name},</p>"
    if kind == "ag":
        text = (f"<p>Nous avons l'honneur de vous convoquer à l'assemblée générale des copropriétaires "
                f"de la {entity.name}, qui se tiendra le <b>{ag_date:%d/%m/%Y} à 18h00</b> "
                f"dans nos locaux, 8 place Darcy à Dijon.</p>"
                "<p>Vous trouverez ci-joint l'ordre du jour et les documents nécessaires.</p>"
                "<p>Pour recevoir vos prochaines convocations par voie électronique, donnez votre accord "
                "ici : «AR24_LienConsentement»</p>")
    elif kind == "fonds":
        text = ("<p>Conformément au budget voté, nous vous prions de bien vouloir régler l'appel de fonds "
                "ci-joint avant la date d'échéance.</p>")
    elif kind == "relance":
        text = ("<p>Sauf erreur de notre part, votre compte présente un solde débiteur. Nous vous remercions "
                "de régulariser votre situation sous quinze jours, faute de quoi une mise en demeure vous "
                "sera adressée.</p>")
    else:
        text = ("<p>Malgré nos relances, les loyers ci-dessous restent impayés. Nous vous mettons en demeure "
                "de régler la somme due sous huit jours à compter de la réception de la présente.</p>")
    return (greeting + text + "<p>Veuillez agréer nos salutations distinguées.</p>"
            f"<p>{AGENCY_NAME}<br/>Le gestionnaire</p>")
