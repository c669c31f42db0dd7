"""The content model: plain dataclasses and the loader that fills them. No Qt here."""

from kiosk.content.loader import load_content
from kiosk.content.model import Content, LanguageContent, Problem, Section

__all__ = ["Content", "LanguageContent", "Problem", "Section", "load_content"]
