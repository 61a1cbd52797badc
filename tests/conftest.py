# SPDX-License-Identifier: MIT
"""
Shared test configuration: Hypothesis settings profiles.

Choose one with the ``HYPOTHESIS_PROFILE`` environment variable:
``default`` (50 examples, quick enough for every run) or ``ci`` (more
examples, for continuous integration).
Tests that pass their own ``@settings(max_examples=...)`` keep it.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings


settings.register_profile(
    "default",
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
