"""Entry script for the frozen app: the same `main()` as the `email-inspector` command."""

import multiprocessing
import sys

from inspector.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # `scan --jobs N` starts workers by re-running this executable
    sys.exit(main())
