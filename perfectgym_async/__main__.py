"""``python -m perfectgym_async``: the same commands as the ``perfectgym`` script."""

from ._cli import main

raise SystemExit(main())
