"""The application shell: builds the window of the chosen mode, runs it, closes its devices."""
