"""From a grid of cells to a Table: find the header row, merged and two-level headers, the transposed layout.

A grid is a list of `(row_number, cells)` without blank rows, as read from a CSV file or a sheet.
"""

from __future__ import annotations

from collections.abc import Iterable

from openpyxl.utils.cell import get_column_letter

from openklachten.intake.readers.base import Row, Table, UnreadableFile

# Exports often start with a title, a date or a logo row; the header is looked for this far down.
HEADER_SCAN_ROWS = 20

# A transposed file needs at least this many recognised attribute names in its first column,
# so that a normal file whose first column happens to hold one label is not turned on its side.
MIN_TRANSPOSED_LABELS = 3

# Columns of the V0.2 "Attributen" sheet that document the standard instead of holding a complaint.
DOCUMENTATION_COLUMNS = {"verplicht", "toelichting", "format", "formaat", "voorbeeld", "opmerking", "opmerkingen"}

# The standard has 35 attributes; a V0.2 sheet on its side has one column per complaint of a quarter or so.
# Beyond this a file is not a complaint list (a wrong separator, a sheet of formulas), and Excel's own
# column letters end at XFD (16,384).
MAX_COLUMNS = 5_000

Merge = tuple[int, int, int, int]  # min_row, min_col, max_row, max_col (1-based, inclusive)


def is_blank(cells: Iterable) -> bool:
    """True for a row without any value (empty strings and spaces count as empty)."""
    for cell in cells:
        if cell is None:
            continue
        if isinstance(cell, str):
            if cell.strip():
                return False
        else:
            return False
    return True


def _text(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return " ".join(str(cell).split())


class _MergedView:
    """Cell text with merged ranges filled in from their top-left cell."""

    def __init__(self, grid, merges: Iterable[Merge]):
        self.rows = {number: cells for number, cells in grid}
        self.owner: dict[tuple[int, int], tuple[int, int]] = {}
        for min_row, min_col, max_row, max_col in merges:
            if min_row > HEADER_SCAN_ROWS + 1:  # only header merges matter; data merges are read as they are
                continue
            for r in range(min_row, max_row + 1):
                for c in range(min_col, max_col + 1):
                    self.owner[(r, c)] = (min_row, min_col)

    def text(self, row: int, col: int) -> str:
        row, col = self.owner.get((row, col), (row, col))
        cells = self.rows.get(row)
        if cells is None or col > len(cells):
            return ""
        return _text(cells[col - 1])


def _header_candidates(view: _MergedView, number: int, width: int) -> list[list[str]]:
    """Per column the labels it could mean: its own text, and combined with a group header above it."""
    above = number - 1 if (number - 1) in view.rows else None
    candidates = []
    for col in range(1, width + 1):
        own = view.text(number, col)
        options = []
        if above is not None:
            group = view.text(above, col)
            if group and own and group != own:
                # A sub-header under a merged group header means the combination: "Gerelateerde klacht" over
                # "Organisatie"; with an overlapping word ("klacht" + "Klacht-ID") that word counts once.
                options.append(f"{group} {own}")
                own_words = own.split("-")[0].split()  # empty for "-" or "- tekst": no overlap to fold
                last, first = group.split()[-1].lower(), own_words[0].lower() if own_words else ""
                if first and last == first:
                    options.append(group + own[len(first) :])
        if own:
            options.append(own)
        elif above is not None and view.text(above, col):
            options.append(view.text(above, col))
        candidates.append(options)
    return candidates


def _resolve(candidates: list[list[str]], matcher) -> tuple[list[str], int]:
    headers, matched = [], set()
    for options in candidates:
        chosen = next((o for o in options if matcher.match(o)), None)
        if chosen is not None:
            matched.add(matcher.match(chosen))
        headers.append(chosen if chosen is not None else (options[-1] if options else ""))
    return headers, len(matched)


# Rows held to find the header and to recognise the transposed layout (a V0.2 sheet on its side has about
# 40 rows); everything after them is passed on one row at a time.
LOOKAHEAD_ROWS = 200


def table_from_grid(grid, fmt: str, *, matcher, merges: Iterable[Merge] = (), filename=None, sheet=None) -> Table:
    """Turn a grid (any iterable of rows) into a Table whose rows are read lazily, once.

    Detects the header row and the transposed (V0.2) layout from the first rows; `read_table` makes a
    list of the rows, the importer iterates them in chunks.
    """
    grid = iter(grid)
    head = []
    for item in grid:
        head.append(item)
        if len(head) >= LOOKAHEAD_ROWS:
            break
    if not head:
        raise UnreadableFile("Het bestand bevat geen gegevens: alle rijen zijn leeg.")
    width = max(len(cells) for _, cells in head)
    _check_width(width)
    view = _MergedView(head, merges() if callable(merges) else merges)

    best_index, best_headers, best_score = 0, None, -1
    for index, (number, _) in enumerate(head[:HEADER_SCAN_ROWS]):
        headers, score = _resolve(_header_candidates(view, number, width), matcher)
        if score > best_score:
            best_index, best_headers, best_score = index, headers, score

    column_labels = [_text(cells[0]) if cells else "" for _, cells in head]
    column_score = len({m for m in map(matcher.match, column_labels) if m})
    if column_score > best_score and column_score >= MIN_TRANSPOSED_LABELS:
        whole = [*head, *grid]  # a sheet on its side is short: one row per attribute
        return _transposed(whole, fmt, matcher, max(len(cells) for _, cells in whole), filename, sheet)

    header_number = head[best_index][0]
    rows = _rows(head[best_index + 1 :], grid, width)
    table = Table(headers=best_headers, rows=rows, format=fmt, filename=filename, sheet=sheet)
    table.header_row = header_number
    if best_index:
        table.notes.append(f"De kopregel staat op rij {header_number}; de rijen erboven zijn overgeslagen.")
    return table


def _check_width(width: int) -> None:
    if width > MAX_COLUMNS:
        raise UnreadableFile(
            f"Het bestand heeft {width:_} kolommen; een klachtenlijst heeft er hooguit enkele "
            f"tientallen (grens: {MAX_COLUMNS:_}). Controleer het scheidingsteken of het "
            "werkblad.".replace("_", ".")
        )


def _rows(head, rest, width: int):
    """Data rows padded to the header's width; a later row may be wider (its extra cells have no name)."""
    for number, cells in head:
        yield Row(number, _pad(cells, width))
    for number, cells in rest:
        if len(cells) > width:
            _check_width(len(cells))
        yield Row(number, _pad(cells, width))


def _pad(cells, width: int) -> list:
    cells = list(cells)
    if len(cells) < width:
        cells.extend([None] * (width - len(cells)))
    return cells


def _transposed(grid, fmt, matcher, width, filename, sheet) -> Table:
    """One attribute per row (names in column A), one complaint per column; rows become columns."""
    attribute_rows = []
    title_cells = None
    for position, (_number, cells) in enumerate(grid):
        label = _text(cells[0]) if cells else ""
        others_blank = is_blank(cells[1:])
        if matcher.match(label):
            attribute_rows.append((label, cells))
        elif position == 0:
            title_cells = cells  # "Attributen | Verplicht? | ... | Klacht 1": names the columns
        elif label and not others_blank:
            attribute_rows.append((label, cells))  # an unknown attribute: reported as an unknown column
        # A label without values is an explanatory line of the V0.2 sheet ("Attributen 18 t/m 24 ...").

    skip = set()
    if title_cells is not None:
        for col, cell in enumerate(title_cells):
            if col and _text(cell).lower().rstrip("?:").strip() in DOCUMENTATION_COLUMNS:
                skip.add(col)

    headers = [label for label, _ in attribute_rows]
    rows = []
    for col in range(1, width):
        if col in skip:
            continue
        values = [cells[col] if col < len(cells) else None for _, cells in attribute_rows]
        if not is_blank(values):
            rows.append(Row(get_column_letter(col + 1), values))
    table = Table(headers=headers, rows=rows, format=fmt, layout="kolommen", filename=filename, sheet=sheet)
    table.header_row = "A"
    table.notes.append("Het bestand staat op zijn kant (één klacht per kolom, zoals in V0.2); zo is het ook gelezen.")
    return table
