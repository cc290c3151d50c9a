"""Remote-window mode (リモート窓口): one session shared by a branch kiosk and a specialist
at the main office, through the back office. The scheme is in ``model.py`` and
docs/remote-window.md."""
