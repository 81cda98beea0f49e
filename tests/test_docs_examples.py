"""The ```python blocks of the usage pages run, in order, as one session each.

Blocks fenced as ```py (e.g. the PySpark example, which needs Spark) are shown
but not run. Outputs on the pages are illustrations and are not compared.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
PAGES = ["usage.md", "scaling-out.md"]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def blocks(page: str) -> list[str]:
    return BLOCK.findall((ROOT / "docs" / page).read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", PAGES)
def test_page_examples_run(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for module in ("pandas", "spacy", "tqdm", "dask.bag"):
        pytest.importorskip(module)
    found = blocks(page)
    assert found, f"no ```python blocks in docs/{page}"
    monkeypatch.chdir(ROOT)  # the examples read tests/articles/...
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for number, code in enumerate(found, 1):
        try:
            exec(compile(code, f"docs/{page} block {number}", "exec"), namespace)
        except Exception as error:  # pragma: no cover - the message is the point
            raise AssertionError(f"docs/{page}, python block {number} fails: {error!r}\n{code}") from error
    if page == "usage.md":
        assert len(namespace["quotes"]) > 0  # type: ignore[arg-type]
