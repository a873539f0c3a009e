"""The stylesheet of ``diplomon top`` (kept in Python so that it ships with the package)."""

CSS = """
Screen {
    layout: vertical;
}

#top {
    layout: vertical;
    height: auto;
}

FeedTable {
    border-top: solid $secondary;
    border-title-align: left;
    border-title-style: bold;
    scrollbar-size-vertical: 1;
}

FeedTable:focus {
    border-top: heavy $accent;
}

#alerts {
    height: auto;
    min-height: 3;
    max-height: 6;
}

#board {
    height: auto;
    min-height: 3;
    max-height: 7;
}

#posts {
    height: 1fr;
}

Screen.-wide #top {
    layout: horizontal;
    height: auto;
    max-height: 14;
}

Screen.-wide #alerts {
    width: 1fr;
    max-height: 14;
}

Screen.-wide #board {
    width: 1fr;
    max-height: 14;
}

#detail {
    padding: 0 1;
}

#detail .quote {
    padding-left: 4;
}

PromptScreen {
    align: center middle;
}

#prompt {
    width: 60;
    height: auto;
    border: round $accent;
    padding: 0 1;
    background: $surface;
}

#prompt .hint {
    color: $text-muted;
}

HelpScreen {
    align: center middle;
}

#help {
    width: 78;
    max-height: 22;
    border: round $accent;
    padding: 0 1;
    background: $surface;
}
"""
