"""Every interface string, in each language the kiosk speaks. Content text lives in content/."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "home": "Home",
        "back": "Back",
        "quick_exit": "Quick exit",
        "tile_article": "Read the article",
        "tile_statistics": "Statistics",
        "tile_factors": "Factors",
        "tile_help": "Get help",
        "next": "Next",
        "previous": "Previous",
        "page_of": "Part {n} of {total}",
        "coming_soon": "This part of the kiosk is being prepared.",
        "still_there": "Still there?",
        "starting_over": "The screen will start over in {seconds} seconds.",
        "still_here": "I'm still here",
        "touch_to_start": "Touch to start",
        "neutral_title": "Welcome",
        "neutral_text": "Thank you for visiting. Have a good day.",
        "language_switch": "Español",
        "source": "Source",
        "percent": "{value}%",
        "no_statistics": "No figures to show.",
        "derived_note": "(worked out by the kiosk)",
        "derived_heading": "Worked out from these figures",
        "chart_name": "Bar chart: {rows}",
        "all_figures": "All figures",
        "facts": "Year: {year}\nPlace: {place}\nSource: {source}",
        "derived_how": "Derived: the kiosk worked this out from {top} {top_name} ÷ {bottom} "
        "{bottom_name}. The article does not state it.",
    },
    "es": {
        "home": "Inicio",
        "back": "Atrás",
        "quick_exit": "Salida rápida",
        "tile_article": "Leer el artículo",
        "tile_statistics": "Estadísticas",
        "tile_factors": "Factores",
        "tile_help": "Obtener ayuda",
        "next": "Siguiente",
        "previous": "Anterior",
        "page_of": "Parte {n} de {total}",
        "coming_soon": "Esta parte del quiosco se está preparando.",
        "still_there": "¿Sigue ahí?",
        "starting_over": "La pantalla volverá a empezar en {seconds} segundos.",
        "still_here": "Sigo aquí",
        "touch_to_start": "Toque para empezar",
        "neutral_title": "Bienvenido",
        "neutral_text": "Gracias por su visita. Que tenga un buen día.",
        "language_switch": "English",
        "source": "Fuente",
        "percent": "{value} %",
        "no_statistics": "No hay cifras que mostrar.",
        "derived_note": "(calculado por el quiosco)",
        "derived_heading": "Calculado a partir de estas cifras",
        "chart_name": "Gráfico de barras: {rows}",
        "all_figures": "Todas las cifras",
        "facts": "Año: {year}\nLugar: {place}\nFuente: {source}",
        "derived_how": "Cifra derivada: el quiosco la calculó a partir de {top} {top_name} ÷ "
        "{bottom} {bottom_name}. El artículo no la indica.",
    },
}


def tr(language: str, key: str, **values: object) -> str:
    """Return the string ``key`` in ``language`` (English if missing), filled with ``values``."""
    table = STRINGS.get(language, STRINGS["en"])
    text = table.get(key) or STRINGS["en"][key]
    return text.format(**values) if values else text
