"""Pictures of the findings panel with the demo's tracking pixel selected, in English and French.

    PYTHONPATH=$PWD .venv/bin/python scripts/detail_pane_pictures.py OUT [--docs]

Writes OUT/detail-pane-en.png and OUT/detail-pane-fr.png; `--docs` copies them to docs/screenshots/.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo" / "demo-phish.eml"


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("/tmp")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from inspector.gui.findings_panel import FindingsPanel  # noqa: PLC0415
    from inspector.gui.i18n import Translations  # noqa: PLC0415
    from inspector.pipeline import scan  # noqa: PLC0415
    from inspector.sources import iter_sources  # noqa: PLC0415

    app = QApplication.instance() or QApplication(["email-inspector"])
    translations = Translations(app)
    report = scan(next(iter(iter_sources([str(DEMO)])))).report
    panel = FindingsPanel()
    panel.resize(540, 980)  # as narrow as the window's side panel: long titles wrap
    panel.show_findings(report.findings)
    panel.show()
    panel.select_finding(next(f for f in report.findings if f.code == "TRACKING_PIXEL"))
    panel.splitter.setSizes([330, 650])
    for lang in ("en", "fr"):
        translations.apply(lang)
        app.processEvents()
        panel.retranslate()
        app.processEvents()
        target = out / f"detail-pane-{lang}.png"
        panel.grab().save(str(target))
        print(target)
        if "--docs" in argv:
            (ROOT / "docs" / "screenshots").mkdir(parents=True, exist_ok=True)
            shutil.copyfile(target, ROOT / "docs" / "screenshots" / target.name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
