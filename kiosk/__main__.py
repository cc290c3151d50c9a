"""``python -m kiosk`` (and the PyInstaller entry point)."""

from kiosk.cli.main import main

if __name__ == "__main__":
    main()
