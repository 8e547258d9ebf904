"""Files written the way agency software exports its tiers (semicolons, Windows-1252, French headers)."""
from __future__ import annotations

from pathlib import Path

HEADERS = ["Code", "Civilité", "Nom", "Prénom", "Raison sociale", "Courriel", "Adresse 1", "Adresse 2", "CP",
           "Ville", "Pays", "Immeuble", "Lot", "Qualité", "Statut", "Consentement LRE", "Date consentement",
           "Papier demandé"]
REFUSED_EVERY = 40   # one row in 40 is refused (no name, or an unknown building)


def agency_rows(count: int, *, entities=("S001", "S002", "G001"), refused: bool = True,
                prefix: str = "IMP") -> list[list[str]]:
    rows = []
    for index in range(1, count + 1):
        company = index % 11 == 0
        row = [f"{prefix}{index:05d}", "" if company else ("Mme" if index % 2 else "M."),
               "" if company else f"DÉSIRÉ-{index}", "" if company else "Hélène",
               f"SCI Côte d'Or {index}" if company else "", f"proprio{index}@exemple.fr",
               f"{index} rue de l'Église", "Bâtiment B" if index % 3 == 0 else "",
               "1000" if index % 7 == 0 else "21000", "Dijon" if index % 7 else "Bourg-en-Bresse", "France",
               entities[index % len(entities)], str(index), "copropriétaire",
               "professionnel" if company else "particulier", "Oui" if index % 4 == 0 else "Non",
               "12/03/2025" if index % 8 == 0 else "", "non"]
        if refused and index % REFUSED_EVERY == 0:
            if (index // REFUSED_EVERY) % 2:
                row[2] = row[4] = ""   # neither name nor company
            else:
                row[11] = "S999"       # a building the store does not know
        rows.append(row)
    return rows


def write_csv(path: Path, rows: list[list[str]], headers=HEADERS, encoding: str = "cp1252",
              separator: str = ";") -> Path:
    def quoted(value: str) -> str:
        return f'"{value}"' if separator in value or '"' in value else value

    lines = [separator.join(quoted(v) for v in line) for line in [headers, *rows]]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path
