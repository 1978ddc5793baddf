"""Draw a NotesDocument as HTML: self-contained (map embedded as PNG), simple tables, every text escaped.

HTML needs no QtWebKit: the file is opened by a browser (or Word); the PDF draws the same document with layout items.
"""

import base64
import html
import re
from typing import Dict, List, Optional, Tuple

from ..core.review.labels import VERDICT_TONES
from ..core.times import SHOWN_TIME
from .model import Block, Checklist, Facts, MapBlock, NotesDocument, Paragraph, Section, Table
from .sites_layer import SitesLayer

GENERATOR = '<meta name="generator" content="Zoning Review">'
"""Written in the head of every page of notes and index the plugin writes: how a later run knows its own files."""
HEAD_BYTES = 4096  # the generator tag stands within the first bytes of a page the plugin wrote
SITES_META = "zoning-review-sites"  # the sites layer a page of reviewsites' notes (or their index) was written for
SITES_RECORD = re.compile(f'<meta name="{SITES_META}" content="([^"]*)">'.encode("ascii"))
SITES_ID_META = "zoning-review-sites-id"  # the layer id of a temporary sites layer, recorded beside its name
SITES_ID_RECORD = re.compile(f'<meta name="{SITES_ID_META}" content="([^"]*)">'.encode("ascii"))

FONTS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'SimSun', sans-serif"

STYLE = f"""
body {{ font-family: {FONTS}; font-size: 10.5pt; color: #1a1a1a; margin: 0; }}
.page {{ max-width: 190mm; margin: 0 auto; padding: 8mm 0; }}
h1 {{ font-size: 17pt; margin: 0 0 2pt 0; }}
h2 {{ font-size: 13pt; margin: 14pt 0 5pt 0; border-bottom: 1.5px solid #1f4e79; color: #1f4e79; }}
h3 {{ font-size: 11.5pt; margin: 10pt 0 4pt 0; color: #1f4e79; }}
h4 {{ font-size: 10.5pt; margin: 8pt 0 3pt 0; }}
p {{ margin: 3pt 0; line-height: 1.35; }}
.subtitle {{ font-size: 11.5pt; color: #444; margin-bottom: 8pt; }}
table {{ border-collapse: collapse; width: 100%; margin: 3pt 0 6pt 0; }}
th, td {{ border: 1px solid #8a8a8a; padding: 2pt 4pt; vertical-align: top; text-align: left;
         font-size: 9pt; line-height: 1.3; word-wrap: break-word; }}
th {{ background: #dde6f0; }}
table.facts th {{ width: 32%; background: #eef2f7; font-weight: normal; }}
tr {{ page-break-inside: avoid; }}
tr.ok td {{ background: #e3f1e0; }}
tr.warn td {{ background: #fff1d6; }}
tr.bad td {{ background: #f9dcdc; }}
tr.muted td {{ color: #777; }}
p.ok {{ color: #1e6b1e; }} p.warn {{ color: #8a5a00; }} p.bad {{ color: #a11212; }}
.verdict {{ display: inline-block; padding: 2pt 8pt; font-weight: bold; border: 1px solid #444; }}
.verdict.ok {{ background: #e3f1e0; }} .verdict.warn {{ background: #fff1d6; }}
.verdict.bad {{ background: #f9dcdc; }}
ul.check {{ list-style: none; padding-left: 0; margin: 3pt 0; }}
ul.check li {{ margin: 2pt 0; }}
figure {{ margin: 4pt 0; text-align: center; }}
figure img {{ max-width: 100%; border: 1px solid #8a8a8a; }}
figcaption {{ font-size: 9pt; color: #444; }}
span.time {{ white-space: nowrap; }}
"""

def esc(text: str) -> str:
    """Text made safe for HTML, line breaks kept as <br>."""
    return html.escape(str(text), quote=True).replace("\n", "<br>")


def nowrap_times(cell: str) -> str:
    """An escaped cell with each shown time (2026-12-03 10:00) kept on one line, its text as written."""
    return SHOWN_TIME.sub(lambda match: f'<span class="time">{match.group()}</span>', cell)


def written_by_plugin(path: str) -> bool:
    """Whether the HTML file at ``path`` is a page the plugin wrote: its generator tag in the head, or, for a page
    of a version before the tag, the plugin's own font list in its style sheet."""
    head = _head(path)
    return GENERATOR.encode("ascii") in head or f"font-family: {FONTS};".encode() in head


def sites_meta(sites: Optional[SitesLayer]) -> str:
    """The head's tags recording the sites layer a page is written for, and a temporary layer's id ('' when none is
    named)."""
    if sites is None or not sites.record:
        return ""
    tags = f'<meta name="{SITES_META}" content="{html.escape(sites.record, quote=True)}">'
    if sites.layer_id:
        tags += f'<meta name="{SITES_ID_META}" content="{html.escape(sites.layer_id, quote=True)}">'
    return tags


def recorded_sites(path: str) -> Optional[Tuple[str, str]]:
    """The sites layer a page the plugin wrote at ``path`` records (``sites_meta``) and the layer id recorded with a
    temporary layer's name ('' when none); None for a page that records none (the dock's notes, a page written before
    pages recorded it) or that the plugin did not write."""
    head = _head(path)
    found = SITES_RECORD.search(head) if GENERATOR.encode("ascii") in head else None
    if not found:
        return None
    layer_id = SITES_ID_RECORD.search(head)
    return _unescaped(found.group(1)), _unescaped(layer_id.group(1)) if layer_id else ""


def _unescaped(value: bytes) -> str:
    """A recorded attribute's text."""
    return html.unescape(value.decode("utf-8", "replace"))


def _head(path: str) -> bytes:
    """The head of an HTML file (at most its first HEAD_BYTES), b'' when it cannot be read."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return b""
    return head.split(b"</head>", 1)[0]


def png_data_uri(png: bytes) -> str:
    """A PNG image as a data: URI."""
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def render_html(document: NotesDocument, map_png: Optional[bytes] = None,
                more_maps: Optional[Dict[str, bytes]] = None, sites: Optional[SitesLayer] = None) -> str:
    """A complete, self-contained HTML file of the notes (the map embedded when given; ``more_maps``
    are the pictures of further map blocks, by their view; ``sites``: the sites layer recorded, ``sites_meta``)."""
    map_src = png_data_uri(map_png) if map_png else None
    more = {view: png_data_uri(png) for view, png in (more_maps or {}).items() if png}
    return (
        '<!DOCTYPE html>\n<html lang="{}">\n<head>\n<meta charset="utf-8">\n{}{}\n<title>{}</title>\n'
        "<style>{}</style>\n</head>\n<body>\n<div class=\"page\">\n{}</div>\n</body>\n</html>\n"
    ).format("zh-CN" if document.lang == "zh" else "en", GENERATOR, sites_meta(sites), esc(document.subtitle), STYLE,
         render_body(document, map_src, with_title=True, more=more))


def render_body(document: NotesDocument, map_src: Optional[str], with_title: bool,
                more: Optional[Dict[str, str]] = None) -> str:
    """The notes' body: title (optional), header facts, verdict and every section."""
    parts: List[str] = []
    if with_title:
        parts += [f"<h1>{esc(document.title)}</h1>",
                  f'<p class="subtitle">{esc(document.subtitle)}</p>']
    tone = VERDICT_TONES.get(document.verdict, "")
    parts.append(facts_html(document.header))
    parts.append(f'<p><span class="verdict {tone}">{esc(document.verdict_label)}</span></p>')
    for section in document.sections:
        parts.append(section_html(section, map_src, more or {}))
    return "\n".join(parts) + "\n"


def section_html(section: Section, map_src: Optional[str], more: Optional[Dict[str, str]] = None) -> str:
    """A section's heading and blocks (a map block without an image is left out)."""
    level = min(4, section.level + 1)
    parts = [f"<h{level}>{esc(section.title)}</h{level}>"]
    for block in section.blocks:
        source = (more or {}).get(block.view) if isinstance(block, MapBlock) and block.view else map_src
        parts.append(block_html(block, source))
    if all(isinstance(b, MapBlock) for b in section.blocks) and section.blocks and not map_src:
        return ""
    return "\n".join(p for p in parts if p)


def block_html(block: Block, map_src: Optional[str]) -> str:
    """One block as HTML."""
    if isinstance(block, Paragraph):
        text = f"<b>{esc(block.text)}</b>" if block.strong else esc(block.text)
        cls = f' class="{block.tone}"' if block.tone else ""
        return f"<p{cls}>{text}</p>"
    if isinstance(block, Facts):
        return facts_html(block)
    if isinstance(block, Table):
        return table_html(block)
    if isinstance(block, Checklist):
        items = "".join(f"<li>&#9744; <b>{esc(label)}</b>{esc(block.separator)}{esc(text)}</li>"
                        for label, text in block.items)
        return f'<ul class="check">{items}</ul>'
    if map_src is None:
        return ""
    return (f'<figure><img src="{map_src}" alt="{esc(block.caption)}">'
            f"<figcaption>{esc(block.caption)}</figcaption></figure>")


def facts_html(facts: Facts) -> str:
    """Label → value pairs as a two-column table."""
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in facts.pairs)
    return f'<table class="facts" border="1" cellspacing="0" cellpadding="3">{rows}</table>'


def table_html(table: Table) -> str:
    """A table with its header row; rows carry their tone as a class."""
    widths = table.widths if len(table.widths) == len(table.columns) else []
    head = "".join(
        f'<th style="width:{widths[i]}%">{esc(c)}</th>' if widths else f"<th>{esc(c)}</th>"
        for i, c in enumerate(table.columns))
    layout = ' style="table-layout:fixed"' if widths else ""
    rows = []
    for index, row in enumerate(table.rows):
        tone = table.tone(index)
        cls = f' class="{tone}"' if tone else ""
        rows.append(f"<tr{cls}>" + "".join(f"<td>{nowrap_times(esc(c))}</td>" for c in row) + "</tr>")
    caption = f"<caption>{esc(table.caption)}</caption>" if table.caption else ""
    return (f'<table border="1" cellspacing="0" cellpadding="3"{layout}>{caption}<thead><tr>{head}'
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table>")
