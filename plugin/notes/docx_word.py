"""Word-format details for the .docx notes: the vendored python-docx, the template, styles and fonts,
table and cell properties, the page-number field and the document properties.

python-docx and typing_extensions are vendored in ``plugin/vendor/`` (see its README). They import
themselves by their own names, so that folder is added once to the end of ``sys.path``: a copy that
QGIS's Python already has comes first and nothing else the process imports is shadowed.
"""

import datetime
import io
import os
import re
import zipfile
from typing import Dict, List, Optional

from ..paths import use_vendored

use_vendored()

import docx  # noqa: E402 - importable only once the vendor folder is on sys.path
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.opc.constants import RELATIONSHIP_TYPE  # noqa: E402
from docx.opc.exceptions import PackageNotFoundError  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt, RGBColor  # noqa: E402
from lxml import etree  # noqa: E402

from ..i18n import tr  # noqa: E402
from .layout_template import NotesError  # noqa: E402
from .model import NotesDocument  # noqa: E402

LATIN_FONT = {"body": "Times New Roman", "heading": "Arial"}
EAST_ASIAN_FONT = {"body": "宋体", "heading": "黑体"}  # SimSun, SimHei: on every Chinese Windows
FONT_TABLE = {"宋体": ("SimSun", "86"), "黑体": ("SimHei", "86")}  # alternative name, GB2312 charset
ACCENT = "1F4E79"
# Paragraph styles: (name, size pt, bold, colour, font kind, outline level or None)
STYLES = [("Normal", 10.5, False, "1A1A1A", "body", None), ("Title", 18, True, ACCENT, "heading", None),
          ("Subtitle", 12, False, "444444", "body", None), ("Heading 1", 14, True, ACCENT, "heading", 0),
          ("Heading 2", 12, True, ACCENT, "heading", 1), ("Heading 3", 10.5, True, "1A1A1A", "heading", 2),
          ("Caption", 9, False, "444444", "body", None), ("Table Text", 9, False, "1A1A1A", "body", None)]
LANGUAGES = {"zh": "zh-CN", "en": "en-GB"}
WORD_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml":
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
}
# Schema order of the children of the property elements this module writes.
ORDER = {
    "w:rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
             "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd "
             "fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "w:pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr "
             "shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
             "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
             "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr "
             "sectPr pPrChange",
    "w:tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
               "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription "
               "tblPrChange",
    "w:tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign "
              "hideMark headers cellIns cellDel cellMerge tcPrChange",
}
NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: str) -> str:
    """Text without the characters XML cannot hold (control characters, lone surrogates)."""
    return NOT_XML.sub("\ufffd", str(text))


def check_library() -> None:
    """NotesError when the python-docx that QGIS's Python found first is older than 1.0."""
    version = str(getattr(docx, "__version__", "0"))
    major = re.match(r"\d+", version)
    if major is None or int(major.group(0)) < 1:
        raise NotesError(tr("Word notes need python-docx 1.0 or later; QGIS's Python has version {version} "
                            "at {path}").format(version=version, path=os.path.dirname(docx.__file__)))


def open_document(template: Optional[str]):
    """A new document: python-docx's blank one, or a copy of the user's .docx/.dotx template."""
    if not template:
        return docx.Document()
    try:
        with open(template, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise NotesError(tr("The Word template {path} cannot be read: {error}").format(
            path=template, error=error.strerror or error)) from error
    try:
        return docx.Document(io.BytesIO(as_document(data)))
    except (ValueError, KeyError, zipfile.BadZipFile, PackageNotFoundError, etree.LxmlError) as error:
        raise NotesError(tr("The Word template {path} is not a valid Word document (.docx or .dotx)").format(
            path=template)) from error


def as_document(data: bytes) -> bytes:
    """A .dotx package's bytes relabelled as a document (python-docx opens documents only)."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        types = source.read("[Content_Types].xml").decode("utf-8")
        relabelled = types
        for old, new in WORD_TYPES.items():
            relabelled = relabelled.replace(old, new)
        if relabelled == types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                content = relabelled.encode("utf-8") if item.filename == "[Content_Types].xml" else source.read(item)
                target.writestr(item, content)
    return out.getvalue()


def drop_trailing_empty_paragraphs(word) -> None:
    """Remove the template body's empty paragraphs at its end (kept: those that end a section)."""
    body = word.element.body
    for child in reversed(list(body)):
        if child.tag == qn("w:sectPr"):
            continue
        if not blank(child):
            return
        body.remove(child)


def blank(element) -> bool:
    """True for a paragraph without text, picture, field or section end."""
    return (element.tag == qn("w:p") and not "".join(element.itertext()).strip()
            and not element.xpath(".//w:drawing | .//w:pict | .//w:object | .//w:sectPr | .//w:fldChar"))


def set_child(parent, tag: str, attributes: Optional[Dict[str, str]] = None):
    """Replace ``parent``'s child ``tag`` with a new one, placed in schema order; returns it."""
    for old in parent.findall(qn(tag)):
        parent.remove(old)
    child = OxmlElement(tag, {qn(k): v for k, v in (attributes or {}).items()})
    order = ORDER.get("w:" + etree.QName(parent).localname, "").split()
    name = tag.split(":")[1]
    if name in order:
        parent.insert_element_before(child, *[f"w:{n}" for n in order[order.index(name) + 1:]])
    else:
        parent.append(child)
    return child


def set_fonts(rpr, kind: str, keep: bool = False) -> None:
    """Latin and East Asian fonts of a run or style (``keep``: only where none is set)."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = set_child(rpr, "w:rFonts")
    elif keep and (fonts.get(qn("w:eastAsia")) or fonts.get(qn("w:eastAsiaTheme"))):
        return
    if not keep:
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(theme), None)
        for slot in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(slot), LATIN_FONT[kind])
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT[kind])
    fonts.attrib.pop(qn("w:eastAsiaTheme"), None)
    fonts.set(qn("w:hint"), "eastAsia")


def setup_styles(word, lang: str, own_look: bool) -> None:
    """Fonts (Chinese too), sizes and colours of the styles used; a template's own styles are kept
    (given only an East Asian font where they have none), styles it lacks are added."""
    styles = word.styles
    rpr = docdefault_rpr(styles.element)
    set_fonts(rpr, "body", keep=not own_look)
    # w:val is the language of Latin-script runs (codes, ids, units in Chinese notes too): as Chinese, LibreOffice
    # breaks them anywhere (ZH1|3063820001); the notes' language is the ideographs' (w:eastAsia) and the properties'.
    set_child(rpr, "w:lang", {"w:val": "en-GB", "w:eastAsia": "zh-CN"})
    names = {style.name for style in styles}
    for name, size, bold, colour, kind, outline in STYLES:
        added = name not in names
        style = styles[name] if not added else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if added and name != "Normal":
            style.base_style = styles["Normal"] if "Normal" in names else None
        if not (own_look or added):
            set_fonts(style.element.get_or_add_rPr(), kind, keep=True)
            continue
        font = style.font
        font.size, font.bold, font.italic = Pt(size), bold, False
        font.color.rgb = RGBColor.from_string(colour)
        set_fonts(style.element.get_or_add_rPr(), kind)
        plain_look(style.element)
        paragraph = style.paragraph_format
        paragraph.space_before = Pt({"Title": 0, "Heading 1": 14, "Heading 2": 10, "Heading 3": 8}.get(name, 0))
        paragraph.space_after = Pt({"Title": 4, "Subtitle": 10, "Table Text": 0, "Caption": 6}.get(name, 4))
        paragraph.line_spacing = 1.0 if name == "Table Text" else 1.2
        if outline is not None:
            paragraph.keep_with_next = True
            set_child(style.element.get_or_add_pPr(), "w:outlineLvl", {"w:val": str(outline)})
    add_font_table_names(word)


def plain_look(style_element) -> None:
    """Drop a blank-template style's theme colours, letter spacing and numbering (the Subtitle's)."""
    rpr, ppr = style_element.get_or_add_rPr(), style_element.get_or_add_pPr()
    for node in rpr.findall(qn("w:spacing")) + ppr.findall(qn("w:numPr")):
        node.getparent().remove(node)
    for node in style_element.iter():
        for attribute in ("w:themeColor", "w:themeShade", "w:themeTint"):
            node.attrib.pop(qn(attribute), None)
        if node.tag == qn("w:bottom") and node.getparent().tag == qn("w:pBdr"):
            node.set(qn("w:color"), ACCENT)


def docdefault_rpr(styles_element):
    """The document defaults' run properties (w:docDefaults/w:rPrDefault/w:rPr), made when missing."""
    node = styles_element
    for tag in ("w:docDefaults", "w:rPrDefault", "w:rPr"):
        found = node.find(qn(tag))
        if found is None:
            found = OxmlElement(tag)
            node.insert(0, found)  # each comes first in its parent
        node = found
    return node


def add_font_table_names(word) -> None:
    """Tell Word the Latin names of the Chinese fonts (for systems that list only those)."""
    for rel in word.part.rels.values():
        if rel.reltype != RELATIONSHIP_TYPE.FONT_TABLE or rel.is_external:
            continue
        part = rel.target_part
        root = part.element if hasattr(part, "element") else etree.fromstring(part.blob)
        present = {font.get(qn("w:name")) for font in root.findall(qn("w:font"))}
        for name, (alternative, charset) in FONT_TABLE.items():
            if name not in present:
                font = etree.SubElement(root, qn("w:font"), {qn("w:name"): name})
                for tag, value in (("altName", alternative), ("charset", charset), ("family", "auto"),
                                   ("pitch", "variable")):
                    etree.SubElement(font, qn(f"w:{tag}"), {qn("w:val"): value})
        if not hasattr(part, "element"):
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def setup_page(word) -> None:
    """A4 portrait with 25 mm side margins (python-docx's blank document is US Letter)."""
    section = word.sections[-1]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin, section.bottom_margin = Mm(25), Mm(22)
    section.header_distance = section.footer_distance = Mm(12)


def body_width_twips(word) -> int:
    """The text width of the last section, in twentieths of a point (A4 less 50 mm when unknown)."""
    section = word.sections[-1]
    width = (section.page_width or Mm(210)) - (section.left_margin or Mm(25)) - (section.right_margin or Mm(25))
    return max(1440, int(width / 635))


def add_field(paragraph, instruction: str, shown: str) -> None:
    """A complex field (PAGE, NUMPAGES…) with a shown value until Word or LibreOffice updates it."""
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None), ("shown", shown),
                       ("end", None)):
        run = paragraph.add_run()
        if kind == "instr":
            node = set_child(run.element, "w:instrText", {"xml:space": "preserve"})
            node.text = f" {text} "
        elif kind == "shown":
            run.text = text
        else:
            set_child(run.element, "w:fldChar", {"w:fldCharType": kind})


def has_page_field(part_element) -> bool:
    """True when a header or footer already shows a page number."""
    found = part_element.xpath(".//w:instrText | .//w:fldSimple/@w:instr")
    texts = [node if isinstance(node, str) else (node.text or "") for node in found]
    return any(re.search(r"\bPAGE\b", text.upper()) for text in texts)


def add_page_numbers(word, lang: str) -> None:
    """'Page X of Y' centred in the footer, unless the template's footer shows a page number already."""
    footer = word.sections[-1].footer
    if has_page_field(footer._element):
        return
    only = footer.paragraphs[0] if len(footer.paragraphs) == 1 and not footer.tables else None
    paragraph = only if only is not None and blank(only._p) else footer.add_paragraph()
    if "Footer" in {style.name for style in word.styles}:
        paragraph.style = word.styles["Footer"]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    text = tr("Page {page} of {pages}", lang)
    for piece in re.split(r"(\{page\}|\{pages\})", text):
        if piece == "{page}":
            add_field(paragraph, "PAGE", "1")
        elif piece == "{pages}":
            add_field(paragraph, "NUMPAGES", "1")
        elif piece:
            paragraph.add_run(piece)


def add_running_header(word, title: str) -> None:
    """The notes' title in small grey type at the top of every page (blank documents only)."""
    paragraph = word.sections[-1].header.paragraphs[0]
    run = paragraph.add_run(clean(title))
    run.font.size = Pt(8)
    run.font.color.rgb = RGBColor.from_string("666666")
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def set_properties(word, document: NotesDocument, lang: str) -> None:
    """Title (the notes' own, not the QGIS project's), subject, language, author, dates, and in the comments the sites
    layer and feature the site is."""
    props = word.core_properties
    author = document.variables.get("zr_reviewer") or document.variables.get("zr_organisation") or ""
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0, tzinfo=None)
    props.title, props.subject = clean(document.title), clean(document.subtitle)
    props.language = LANGUAGES.get(lang, "en-GB")
    props.author = props.last_modified_by = clean(author)
    props.keywords, props.comments = clean(document.site_id), clean(document.variables.get("zr_site_record", ""))
    props.category = tr("Review notes", lang)
    props.created = props.modified = now
    props.revision = 1


def drop_thumbnail(word) -> None:
    """Remove the package's preview picture (the blank template's shows python-docx's sample)."""
    rels = word.part.package.rels
    for rel_id in [key for key, rel in rels.items() if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL]:
        del rels[rel_id]


def shade(properties, fill: str) -> None:
    """Background colour of a cell (w:tcPr) or run (w:rPr)."""
    set_child(properties, "w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": fill.lstrip("#").upper()})


def table_properties(table, widths: List[int], caption: str = "") -> None:
    """Fixed column widths (twips), a thin grid, cell margins and an accessible caption."""
    tbl_pr = table._tbl.tblPr
    set_child(tbl_pr, "w:tblW", {"w:w": str(sum(widths)), "w:type": "dxa"})
    borders = set_child(tbl_pr, "w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        set_child(borders, f"w:{edge}", {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "8A8A8A"})
    set_child(tbl_pr, "w:tblLayout", {"w:type": "fixed"})
    margins = set_child(tbl_pr, "w:tblCellMar")
    for edge, size in (("top", 30), ("left", 80), ("bottom", 30), ("right", 80)):
        set_child(margins, f"w:{edge}", {"w:w": str(size), "w:type": "dxa"})
    if caption:
        set_child(tbl_pr, "w:tblCaption", {"w:val": clean(caption)[:255]})
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths):
        column.set(qn("w:w"), str(width))


def mark_header_row(row) -> None:
    """Repeat the row at the top of every page the table continues on, and never split it."""
    tr_pr = row._tr.get_or_add_trPr()
    for tag in ("w:cantSplit", "w:tblHeader"):
        if tr_pr.find(qn(tag)) is None:
            tr_pr.append(OxmlElement(tag))
