"""A DataTable whose rows are replaced wholesale while the selection stays put."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.text import Text
from textual.widgets import DataTable
from textual.widgets.data_table import CellDoesNotExist, RowDoesNotExist

Row = tuple[str, Sequence[Text]]


class FeedTable(DataTable[Text]):
    """Row-cursor table; ``replace_rows`` keeps the selected row key selected."""

    TITLE = ""
    COLUMNS: Sequence[tuple[str, str]] = ()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=False)
        self._shown: list[tuple[str, list[Text]]] = []

    def on_mount(self) -> None:
        self.border_title = self.TITLE
        for key, label in self.COLUMNS:
            self.add_column(label, key=key)

    def set_info(self, info: str) -> None:
        """Shown after the pane's title, in its top border."""
        self.border_title = f"{self.TITLE} · {info}"

    def selected_key(self) -> str | None:
        if not self.row_count:
            return None
        try:
            return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        except CellDoesNotExist:
            return None

    def replace_rows(self, rows: Iterable[Row]) -> None:
        """Show ``rows``; nothing is redrawn when they are what is already shown."""
        wanted = [(key, list(cells)) for key, cells in rows]
        if wanted == self._shown:
            return
        self._shown = wanted
        selected = self.selected_key()
        self.clear()
        for key, cells in wanted:
            self.add_row(*cells, key=key)
        if selected is None:
            return
        try:
            index = self.get_row_index(selected)
        except RowDoesNotExist:
            return
        self.move_cursor(row=index, animate=False)
