"""Exit codes shared by every command (documented in the README and docs/report-schema.md)."""

EXIT_OK = 0  # every message was analysed
EXIT_NOT_ANALYSED = 1  # at least one could not be (each got a one-line error and an `ok: false` record)
EXIT_USAGE = 2  # the command line was wrong
EXIT_FAIL_ON = 3  # `scan --fail-on LEVEL`: a verdict reached that level
