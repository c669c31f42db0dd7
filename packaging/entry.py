"""The packaged program's entry point: the ``kiosk`` command."""

from kiosk.cli import main

raise SystemExit(main())
