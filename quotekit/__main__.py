"""``python -m quotekit``: the same as the ``quotekit`` command."""

from quotekit.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
