"""Read-aloud through Qt's text to speech; absent, not broken, where no engine works."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

log = logging.getLogger(__name__)

try:
    from PySide6.QtTextToSpeech import QTextToSpeech
except ImportError as error:  # e.g. libpulse0 missing: Qt's speech module cannot load
    QTextToSpeech = None  # type: ignore[assignment,misc]
    _IMPORT_ERROR: str = str(error)
else:
    _IMPORT_ERROR = ""


class Reader(QObject):
    """Speaks one text at a time in a given language, and says when it starts and stops."""

    speaking_changed = Signal(bool)
    ready = Signal()
    """Emitted once the engine works (so the button may show)."""

    def __init__(
        self, engine: str = "", parent: QObject | None = None, delay_seconds: float = 0.0
    ) -> None:
        super().__init__(parent)
        self.language = ""
        self.text = ""
        self._speaking = False
        self._tts: QTextToSpeech | None = None
        self._engine = engine
        if delay_seconds > 0:
            # Starting an engine can take a second or more (speechd asks its daemon for
            # voices): do it once the kiosk is up and showing, not before the first paint.
            QTimer.singleShot(round(delay_seconds * 1000), self._start)
        else:
            self._start()

    def _start(self) -> None:
        engine = self._engine
        if QTextToSpeech is None:
            log.warning("read-aloud is off: Qt's text to speech cannot load (%s)", _IMPORT_ERROR)
            return
        if engine and engine not in QTextToSpeech.availableEngines():
            log.warning(
                "read-aloud is off: no speech engine %r (have %s)",
                engine,
                ", ".join(QTextToSpeech.availableEngines()) or "none",
            )
            return
        tts = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        if tts.state() == QTextToSpeech.State.Error:
            log.warning(
                "read-aloud is off: speech engine %r does not work (%s)",
                tts.engine(),
                tts.errorString(),
            )
            tts.deleteLater()
            return
        tts.stateChanged.connect(self._state_changed)
        self._tts = tts
        self.ready.emit()

    @property
    def available(self) -> bool:
        """Whether an engine works, so the button may show."""
        return self._tts is not None

    @property
    def speaking(self) -> bool:
        """Whether it is reading now."""
        return self._speaking

    def read(self, text: str, language: str) -> None:
        """Read ``text`` aloud in ``language`` (a code such as "en" or "es")."""
        if self._tts is None or not text.strip():
            return
        self.stop()
        self.language = language
        self.text = text
        wanted = QLocale(language)
        match = [loc for loc in self._tts.availableLocales() if loc.language() == wanted.language()]
        if match:
            self._tts.setLocale(match[0])
        self._set_speaking(True)
        self._tts.say(text)

    def stop(self) -> None:
        """Stop reading, if it is."""
        if self._tts is not None and self._speaking:
            self._tts.stop()
        self._set_speaking(False)

    def _state_changed(self, state: object) -> None:
        assert QTextToSpeech is not None
        if state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            self._set_speaking(False)

    def _set_speaking(self, speaking: bool) -> None:
        if speaking != self._speaking:
            self._speaking = speaking
            self.speaking_changed.emit(speaking)
