"""What every screen can ask: the content, the visit, the theme and the settings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale

from kiosk.content.model import Content, LanguageContent
from kiosk.session import Visit
from kiosk.settings import Settings
from kiosk.ui.strings import tr
from kiosk.ui.theme import Theme


@dataclass
class Context:
    """Shared, changing state of the running kiosk."""

    content: Content
    visit: Visit
    settings: Settings
    theme: Theme

    @property
    def language(self) -> LanguageContent:
        """The content in the visitor's language."""
        return self.content.language(self.visit.language)

    def locale(self) -> QLocale:
        """How the visitor's language writes numbers and dates."""
        language = self.language
        return QLocale(language.locale or language.code)

    def tr(self, key: str, **values: object) -> str:
        """An interface string in the visitor's language."""
        return tr(self.language.code, key, **values)
