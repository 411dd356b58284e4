"""`python -m inspector`: the same entry point as the `email-inspector` script."""

import sys

from .cli import main

sys.exit(main())
