"""Demo-only windows: the screenshot demo and the scripted walkthrough."""
