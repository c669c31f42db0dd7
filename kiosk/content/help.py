"""Where to get help: ``help.toml`` read into plain dataclasses, and checked. No Qt here."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from kiosk.content.files import display_path, line_of, read_toml_reporting, table_lines
from kiosk.content.model import Problem
from kiosk.content.sections import ID, suggest

TOP_KEYS = ("checked", "calling", "line")
LINE_KEYS = ("id", "name", "purpose", "hours", "languages", "notes", "source", "contact")
LINE_REQUIRED = ("id", "name", "purpose", "source")
CONTACT_KEYS = ("kind", "number", "link", "note")
CONTACT_REQUIRED = ("kind", "number", "link")
KINDS = {"call": "tel", "text": "sms", "tty": "tel"}
"""Each way to reach a line, and the only link scheme its QR code may hold."""

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TEL = re.compile(r"^tel:\+?[0-9]{3,15}$")
_SMS = re.compile(r"^sms:\+?[0-9]{3,15}(\?body=[A-Za-z0-9%._~-]+)?$")


@dataclass(frozen=True)
class Contact:
    """One way to reach a line: a call, a text or a TTY call, with its QR link."""

    kind: str
    number: str
    link: str
    note: str = ""

    @property
    def message(self) -> str:
        """The word a text should say (from ``sms:...?body=``), or ""."""
        _, _, query = self.link.partition("?")
        return parse_qs(query).get("body", [""])[0]


@dataclass(frozen=True)
class HelpLine:
    """One place to get help."""

    id: str
    name: str
    purpose: str
    source: str
    contacts: tuple[Contact, ...]
    hours: str = ""
    languages: str = ""
    notes: str = ""

    def contacts_of(self, *kinds: str) -> tuple[Contact, ...]:
        """The contacts of these kinds, in file order."""
        return tuple(c for c in self.contacts if c.kind in kinds)


@dataclass(frozen=True)
class HelpContent:
    """The "Get help" screen's content in one language."""

    checked: datetime.date | None
    """None when the file's date is missing or wrong: then no date is shown."""
    calling: str
    """Markdown: what happens when someone calls."""
    lines: tuple[HelpLine, ...]
    file: Path

    @property
    def featured(self) -> HelpLine:
        """The line shown largest: the first one."""
        return self.lines[0]

    def line(self, line_id: str) -> HelpLine | None:
        """The line with this id, if there is one."""
        return next((line for line in self.lines if line.id == line_id), None)


class _Checker:
    """Collects problems in one help.toml, each with its line."""

    def __init__(self, shown: Path, text: str, problems: list[Problem]) -> None:
        self.shown = shown
        self.text = text
        self.problems = problems
        self.count = 0

    def add(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.shown, line, message))
        self.count += 1

    def keys(self, data: dict[str, Any], allowed: tuple[str, ...], start: int, where: str) -> None:
        for key in data:
            if key not in allowed:
                self.add(
                    line_of(self.text, key, start),
                    f"unknown key '{key}' in {where}{suggest(key, allowed)}; "
                    f"allowed: {', '.join(allowed)}",
                )

    def text_value(
        self, data: dict[str, Any], key: str, start: int, where: str, required: bool = True
    ) -> str:
        value = data.get(key)
        if value is None:
            if required:
                self.add(start, f"{where} has no '{key}'")
            return ""
        if not isinstance(value, str) or not value.strip():
            self.add(line_of(self.text, key, start), f"'{key}' in {where} must be a non-empty text")
            return ""
        return value.strip()


def load_help(path: Path, root: Path, problems: list[Problem]) -> HelpContent | None:
    """Read ``path`` (a help.toml); None if it is missing, unreadable or has no good line.

    Every problem is reported; a line or contact with a problem is left out, so a visitor
    never sees a wrong number while the good ones stay on screen.
    """
    read = read_toml_reporting(path, root, problems) if path.exists() else None
    if read is None:
        return None
    data, text = read
    check = _Checker(display_path(path, root), text, problems)
    check.keys(data, TOP_KEYS, 1, "help.toml")
    checked = _date(data, check)
    calling = check.text_value(data, "calling", 1, "help.toml")
    lines = _lines(data.get("line"), check)
    if not lines:
        return None
    return HelpContent(checked=checked, calling=calling, lines=lines, file=path)


def _date(data: dict[str, Any], check: _Checker) -> datetime.date | None:
    value = data.get("checked")
    line = line_of(check.text, "checked")
    example = 'write the day the numbers were last checked, like checked = "2026-11-25"'
    if value is None:
        check.add(1, f"help.toml has no 'checked' date: {example}")
        return None
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str) and _DATE.match(value.strip()):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError as error:
            check.add(line, f"'checked' is not a real date ({error}): {example}")
            return None
    check.add(line, f"'checked' must be a date written YYYY-MM-DD, not {value!r}: {example}")
    return None


def _lines(value: Any, check: _Checker) -> tuple[HelpLine, ...]:
    if not isinstance(value, list) or not value:
        check.add(1, "help.toml has no [[line]]: add at least one place to get help")
        return ()
    headers = table_lines(check.text, "line")
    contact_headers = table_lines(check.text, "line.contact")
    total_contacts = sum(len(item.get("contact", [])) for item in value if isinstance(item, dict))
    contact_lines = iter(contact_headers if len(contact_headers) == total_contacts else [])
    lines: list[HelpLine] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(value):
        start = headers[index] if index < len(headers) else 1
        if not isinstance(item, dict):
            check.add(start, "each [[line]] must be a table")
            continue
        where = f"[[line]] {item.get('id', index + 1)!s}"
        before = check.count
        check.keys(item, LINE_KEYS, start, where)
        texts = {
            key: check.text_value(item, key, start, where, key in LINE_REQUIRED)
            for key in LINE_KEYS
            if key != "contact"
        }
        line_id = texts["id"]
        if line_id and not ID.match(line_id):
            check.add(
                line_of(check.text, "id", start), "id must be lower-case letters, digits and '-'"
            )
        elif line_id in seen:
            check.add(
                line_of(check.text, "id", start),
                f"id '{line_id}' is already used by the [[line]] at line {seen[line_id]}",
            )
        elif line_id:
            seen[line_id] = start
        contacts = _contacts(item.get("contact"), start, where, contact_lines, check)
        if check.count > before:
            continue
        lines.append(
            HelpLine(
                id=line_id,
                name=texts["name"],
                purpose=texts["purpose"],
                source=texts["source"],
                contacts=contacts,
                hours=texts["hours"],
                languages=texts["languages"],
                notes=texts["notes"],
            )
        )
    return tuple(lines)


def _contacts(
    value: Any, start: int, where: str, headers: Any, check: _Checker
) -> tuple[Contact, ...]:
    if not isinstance(value, list) or not value:
        check.add(start, f"{where} has no [[line.contact]]: say how to call or text it")
        return ()
    contacts: list[Contact] = []
    for item in value:
        at = next(headers, start)
        if not isinstance(item, dict):
            check.add(at, f"each [[line.contact]] of {where} must be a table")
            continue
        inner = f"a [[line.contact]] of {where}"
        check.keys(item, CONTACT_KEYS, at, inner)
        kind = check.text_value(item, "kind", at, inner)
        number = check.text_value(item, "number", at, inner)
        link = check.text_value(item, "link", at, inner)
        note = check.text_value(item, "note", at, inner, required=False)
        if kind and kind not in KINDS:
            check.add(
                line_of(check.text, "kind", at),
                f"kind '{kind}'{suggest(kind, list(KINDS))} is not one of: {', '.join(KINDS)}",
            )
        elif kind and link:
            _check_link(kind, number, link, line_of(check.text, "link", at), check)
        contacts.append(Contact(kind=kind, number=number, link=link, note=note))
    return tuple(contacts)


def _check_link(kind: str, number: str, link: str, line: int, check: _Checker) -> None:
    """A QR code may hold only a tel: or sms: link, and must reach the number shown."""
    scheme = KINDS[kind]
    if not link.startswith(f"{scheme}:"):
        check.add(
            line,
            f"link '{link}' must start with '{scheme}:' for a {kind} "
            "(QR codes may hold only tel: and sms: links)",
        )
        return
    if not (_TEL if scheme == "tel" else _SMS).match(link):
        shape = "tel:+18883737888" if scheme == "tel" else "sms:233733?body=BeFree"
        check.add(line, f"link '{link}' is not a {scheme}: link like '{shape}'")
        return
    dialled = re.sub(r"\D", "", link.partition("?")[0])
    shown = re.sub(r"\D", "", number)
    if not shown or not dialled.endswith(shown) or len(dialled) - len(shown) > 1:
        check.add(line, f"link '{link}' does not reach the number shown, '{number}'")
