"""Hypothesis profiles: ``default`` for everyday runs, ``ci`` (more examples) for ``.ci/run``.

Pick one with ``python -m pytest --hypothesis-profile=ci`` (hypothesis' pytest plugin)
or with the environment variable ``HYPOTHESIS_PROFILE=ci``; the command-line option wins.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    max_examples=1000,
    deadline=None,
    derandomize=False,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
