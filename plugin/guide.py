"""The user guide shipped in the package (docs/guide.<lang>.md), rendered to HTML in the profile and opened locally."""

import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices, QTextDocument

from .i18n import ui_language
from .paths import PLUGIN_DIR

DOCS_DIR = os.path.join(PLUGIN_DIR, "docs")


def guide_source(lang: str) -> str:
    """The Markdown guide of a language ('zh' or 'en')."""
    return os.path.join(DOCS_DIR, f"guide.{lang}.md")


def guide_html(lang: str = "") -> str:
    """The guide as an HTML file in the profile, rendered again when stale or from another install; its path."""
    lang = lang or ui_language()
    source = guide_source(lang)
    folder = os.path.join(QgsApplication.qgisSettingsDirPath(), "zoning_review", "guide")
    target = os.path.join(folder, f"guide.{lang}.html")
    images = QUrl.fromLocalFile(DOCS_DIR + os.sep).toString()
    if _current(target, source, images):
        return target
    with open(source, encoding="utf-8") as handle:
        markdown = handle.read()
    document = QTextDocument()
    document.setMarkdown(markdown.replace("](images/", f"]({images}images/"))
    os.makedirs(folder, exist_ok=True)
    with open(target, "w", encoding="utf-8") as handle:
        handle.write(document.toHtml().replace("<head>", '<head><meta charset="utf-8" />', 1))
    return target


def _current(target: str, source: str, images: str) -> bool:
    """True when the rendered guide is newer than its Markdown and points at this plugin's pictures."""
    if not os.path.exists(target) or os.path.getmtime(target) < os.path.getmtime(source):
        return False
    with open(target, encoding="utf-8") as handle:
        return images in handle.read()


def guide_url(lang: str = "") -> str:
    """A file:// URL of the rendered guide (for Processing's helpUrl)."""
    return QUrl.fromLocalFile(guide_html(lang)).toString()


def open_guide() -> bool:
    """Open the guide in the system's browser."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(guide_html()))
