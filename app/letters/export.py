"""Export of the shown rows of a list, as the user sees them: CSV for any tool (semicolons and a
BOM, which French Excel opens right) or XLSX (openpyxl, write-only: constant memory)."""
from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, message

# The file dialog's filter of each format (a marked Text: the window translates it).
EXPORT_FORMATS = {".csv": QT_TRANSLATE_NOOP("Letters", "CSV (séparateur point-virgule) (*.csv)"),
                  ".xlsx": QT_TRANSLATE_NOOP("Letters", "Classeur Excel (*.xlsx)")}
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("Letters", "Format d'export inconnu « {suffix} » : choisissez .csv ou .xlsx.")


def export_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[str]], *, title: str = "Export") -> int:
    """Write the rows to ``path`` in the format of its suffix; returns the number of rows."""
    suffix = path.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise ValueError(message(UNKNOWN_FORMAT, suffix=suffix))
    partial = path.with_name(path.name + ".part")   # never a half-written file under the real name
    count = _write_xlsx(partial, headers, rows, title) if suffix == ".xlsx" else _write_csv(partial, headers, rows)
    partial.replace(path)
    return count


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(headers)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[str]], title: str) -> int:
    from openpyxl import Workbook  # only exports pay for it

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    sheet.append(list(headers))
    count = 0
    try:
        for row in rows:
            sheet.append(list(row))
            count += 1
    except BaseException:
        sheet.close()   # the write-only sheet's temporary file: an interrupted export keeps nothing
        raise
    book.save(path)
    return count
