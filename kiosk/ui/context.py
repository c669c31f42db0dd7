"""What every screen can ask: the content, the visit, the theme and the settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QLocale

from kiosk.content.model import Content, LanguageContent
from kiosk.session import Visit
from kiosk.settings import Settings
from kiosk.ui.strings import tr
from kiosk.ui.theme import Theme

T = TypeVar("T")


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

    def in_any_language(self, part: Callable[[LanguageContent], T]) -> T:
        """``part`` of the content in the visitor's language, or of the first language
        that has it; what the visitor's language has (empty or None) if none has it."""
        for language in (self.language, *self.content.languages.values()):
            found = part(language)
            if found:
                return found
        return part(self.language)

    def locale(self) -> QLocale:
        """How the visitor's language writes numbers and dates."""
        language = self.language
        return QLocale(language.locale or language.code)

    def tr(self, key: str, **values: object) -> str:
        """An interface string in the visitor's language."""
        return tr(self.language.code, key, **values)
