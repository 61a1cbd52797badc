# SPDX-License-Identifier: MIT
"""
Shared test configuration: Hypothesis settings profiles.

Choose one with the ``HYPOTHESIS_PROFILE`` environment variable:

- ``dev`` (the default): few examples, so the default run stays quick;
- ``ci``: ten times as many, derandomized, for continuous integration
  (``.ci/run`` exports ``HYPOTHESIS_PROFILE=ci``).

Tests whose examples are costly ask for fewer with
``@settings(max_examples=examples(n))`` (:func:`tests.strategies.examples`):
*n* under ``dev``, scaled by the same factor under ``ci``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from tests.strategies import DEV_EXAMPLES


settings.register_profile(
    "dev",
    max_examples=DEV_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "ci",
    max_examples=10 * DEV_EXAMPLES,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
