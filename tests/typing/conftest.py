# SPDX-License-Identifier: MIT
"""api.py is checked by mypy, never run or imported by pytest."""

collect_ignore = ["api.py"]
