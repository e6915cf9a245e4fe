#!/usr/bin/env python
"""Django's manage.py, kept for developers; `learnloop` does the same."""

from learnloop.cli import main

if __name__ == "__main__":
    main()
