# SPDX-License-Identifier: MIT
"""Run the ``communique`` command: ``python -m communique parse FILE``."""

from __future__ import annotations

import sys

from .cli import main


if __name__ == "__main__":
    sys.exit(main())
