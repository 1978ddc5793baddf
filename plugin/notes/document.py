"""The pure content step: a SiteReview and its NotesContext → a NotesDocument in one language."""

from typing import List

from ..core.model.results import (
    FILTER_PROBLEM,
    NO_FEATURES,
    NONE_PASS_PROBLEM,
    SHIFT_PROBLEM,
    SUBSET_PROBLEM,
    UNUSABLE_PROBLEM,
    LayerRelation,
    SiteReview,
    SpatialQuery,
    UnitOverlap,
    Words,
)
from ..core.model.vocab import CHINESE_UNITS
from ..core.review.labels import (
    VERDICT_TONES,
    bilingual,
    catalogue_label,
    category_label,
    construction_label,
    verdict_label,
)
from ..core.rules import readings
from ..core.rules.condition_words import filter_words
from ..core.rules.gbt4754 import lookup
from ..i18n import tr
from .context import NotesContext
from .document_findings import findings_sections
from .document_origin import site_record
from .document_summary import appendix_section, conclusion_section, eia_section, provenance_section
from .formatting import bracketed, ellipsoid_text, number, percent, quantity, reasons_text, small_number
from .model import Facts, MapBlock, NotesDocument, Paragraph, Section, Table


def build_document(review: SiteReview, context: NotesContext, lang: str, causes_map: bool = False) -> NotesDocument:
    """Every part of the review notes, in order, as plain text in ``lang`` ('zh' or 'en'); with
    ``causes_map`` a second map shows the site and the causes of its verdict (they lie far apart)."""
    document = NotesDocument(
        lang=lang,
        title=tr("Review notes: ecological-environment zoning control", lang),
        subtitle=tr("Compliance with the ecological-environment access list, site {site}", lang).format(
            site=review.site_id),
        site_id=review.site_id,
        verdict=review.verdict,
        verdict_label=verdict_label(review.verdict, lang),
        header=header_facts(review, context, lang),
    )
    map_caption = tr("The site (outline) over the control units it overlaps, coloured by verdict: "
                     "red non-compliant, amber needs further study, green compliant", lang)
    causes_caption = tr("The site and the causes of its verdict farther away; the frame marks the map above",
                        lang)
    document.variables = {
        "zr_title": document.title, "zr_subtitle": document.subtitle, "zr_site": review.site_id,
        "zr_verdict": document.verdict_label, "zr_organisation": context.organisation,
        "zr_reviewer": context.reviewer, "zr_date": context.date.isoformat(),
        "zr_map_caption": map_caption, "zr_map_caption_causes": causes_caption,
        "zr_site_record": site_record(context, lang),  # where the site came from, for the properties
    }
    document.sections = [
        Section(tr("Location map", lang), [MapBlock(map_caption)] + (
            [MapBlock(causes_caption, "causes")] if causes_map else [])),
        site_section(review, context, lang),
        units_section(review, context, lang),
        *findings_sections(review, context, lang),
        conclusion_section(review, lang),
        eia_section(review, context, lang),
        *warnings_sections(review, lang),
        provenance_section(review, context, lang),
        appendix_section(context, lang),
    ]
    return document


def header_facts(review: SiteReview, context: NotesContext, lang: str) -> Facts:
    """Project, every attribute the rule set declares (given or not) and any other it gives, reviewer, date and the
    overall verdict."""
    project = context.project
    pairs = [
        (tr("Project", lang), project.name or "—"),
        (tr("Site", lang), review.site_id),
        (tr("Industry (GB/T 4754-2017)", lang),
         marked(industry_text(project.industry, lang), readings.industry(project), lang)),
        (tr("Construction nature", lang), marked(
            construction_label(project.construction, lang) or tr("Not given", lang), readings.construction(project),
            lang)),
        (tr("Industrial Structure Adjustment Catalogue", lang),
         tr("Not given", lang) if project.catalogue_unknown else
         marked(catalogue_label(project.catalogue, lang), readings.catalogue(project), lang)),
    ]
    for key in sorted(set(project.attributes) | set(context.attributes)):  # a declared one not given says so
        pairs.append((attribute_name(key, context, lang), attribute_value(key, context, lang)))
    ruleset = context.ruleset
    if context.lists:
        pairs.append((tr("Access lists", lang), "\n".join(
            bilingual(item.metadata.title_zh, item.metadata.title_en, lang) + bracketed(item.metadata.version, lang)
            for item in context.lists)))
    elif ruleset is not None:
        title = bilingual(ruleset.title_zh, ruleset.title_en, lang)
        pairs.append((tr("Access list", lang), title + bracketed(ruleset.version, lang)))
    pairs += [
        (tr("Reviewer", lang), context.reviewer or "—"),
        (tr("Organisation", lang), context.organisation or "—"),
        (tr("Date", lang), context.date.isoformat()),
        (tr("Overall verdict", lang), verdict_label(review.verdict, lang)),
    ]
    return Facts(pairs)


def industry_text(code: object, lang: str) -> str:
    """The industry code with its GB/T 4754-2017 name in the notes' language (English: the plugin's translation);
    a code given as a number as it is (never looked up: its leading zeros are lost)."""
    if not code:
        return tr("Not given", lang)
    if not isinstance(code, str):
        return str(code)
    entry = lookup(code)
    return f"{entry.code} {entry.name(lang)}" if entry else code


def attribute_name(key: str, context: NotesContext, lang: str) -> str:
    """A declared project attribute's label (from the rule set) or its key."""
    decl = context.attributes.get(key)
    return (bilingual(decl.label_zh, decl.label_en, lang) if decl else "") or key


def attribute_value(key: str, context: NotesContext, lang: str) -> str:
    """A declared attribute's value with its unit, 'yes'/'no' for flags, or 'not given'."""
    value = context.project.attributes.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        return tr("Not given", lang)
    if isinstance(value, bool):
        return tr("Yes", lang) if value else tr("No", lang)
    decl = context.attributes.get(key)
    if decl is None:
        return quantity(value, Words("", ""), lang)
    reading = readings.attribute(decl, value)
    if reading.misunderstood:
        return marked(str(value).strip(), reading, lang)
    amount = reading.value if decl.type == "number" else value  # 5万元 written as text: the number read
    words = decl.unit_words()
    if not decl.unit_zh.strip():  # the Chinese facts in Chinese units, as the other rows (m³/d → 立方米/日)
        words = Words(CHINESE_UNITS.get(decl.unit.strip(), words.zh), words.en)
    return quantity(amount, words, lang)


def marked(text: str, reading: readings.Reading, lang: str) -> str:
    """A value as the facts show it, marked when it was given but not understood (its findings need information)."""
    if not reading.misunderstood:
        return text
    return text + bracketed(tr("not understood: needs information", lang), lang)


def site_section(review: SiteReview, context: NotesContext, lang: str) -> Section:
    """Area in m², ha and 亩, the CGCS2000 centroid and the measuring method."""
    site = context.site
    area = site.area_m2 or review.overlay.site_area_m2
    pairs = [
        (tr("Area", lang), tr("{m2} m² = {ha} ha = {mu} mu", lang).format(
            m2=number(area), ha=number(area / 10000.0, 4), mu=number(area / (10000.0 / 15.0), 2))),
    ]
    if site.centroid_lon is not None:
        pairs.append((tr("Centroid (CGCS2000, EPSG:4490)", lang),
                      tr("longitude {lon}°, latitude {lat}°", lang).format(
                          lon=f"{site.centroid_lon:.6f}", lat=f"{site.centroid_lat:.6f}")))
    pairs += [
        (tr("Boundary points", lang),
         tr("{count} (listed in the appendix)", lang).format(count=number(site.point_total, 0))),
        (tr("Areas measured on", lang), ellipsoid_text(context.ellipsoid or review.overlay.ellipsoid, lang)),
    ]
    return Section(tr("Site", lang), [Facts(pairs)])


def units_section(review: SiteReview, context: NotesContext, lang: str) -> Section:
    """The overlapped units, boundary touches apart, and the constraint layers with distances."""
    section = Section(tr("Overlapped environmental control units", lang))
    verdicts = {unit.overlap.fid: unit.verdict for unit in review.units}
    overlaps = sorted(review.overlay.overlaps, key=lambda u: (u.code, u.fid))
    if overlaps:
        section.blocks.append(units_table(overlaps, verdicts, context, lang))
    else:
        section.blocks.append(Paragraph(
            tr("The site lies outside every control unit of the unit layer.", lang), tone="warn"))
    touches = sorted(review.overlay.touches, key=lambda u: (u.code, u.fid))
    if touches:
        section.blocks.append(Paragraph(tr(
            "Boundary touches (overlap below the tolerance; not reviewed):", lang)))
        section.blocks.append(touches_table(touches, context, lang))
    relations = [review.overlay.relations[k] for k in sorted(review.overlay.relations)]
    if relations:
        section.blocks.append(Paragraph(tr("Constraint layers:", lang)))
        section.blocks.append(relations_table(relations, context, lang))
    return section


def units_table(overlaps: List[UnitOverlap], verdicts: dict, context: NotesContext, lang: str) -> Table:
    """Code, name, category, overlap area, share of site and verdict of each unit."""
    table = Table([tr("Unit code", lang), tr("Unit name", lang), tr("Category", lang),
                   tr("Overlap (m²)", lang), tr("Share of site", lang), tr("Verdict", lang)])
    for unit in overlaps:
        verdict = verdicts.get(unit.fid, "")
        table.rows.append([unit.code, unit.name, category_label(unit.category, lang, context.kinds),
                           number(unit.overlap_m2), percent(unit.site_fraction),
                           verdict_label(verdict, lang)])
        table.tones.append(VERDICT_TONES.get(verdict, ""))
    return table


def touches_table(touches: List[UnitOverlap], context: NotesContext, lang: str) -> Table:
    """Units the site only touches along its boundary."""
    table = Table([tr("Unit code", lang), tr("Unit name", lang), tr("Category", lang),
                   tr("Overlap (m²)", lang)])
    for unit in touches:
        table.rows.append([unit.code, unit.name, category_label(unit.category, lang, context.kinds),
                           small_number(unit.overlap_m2, 2)])
    return table


def relations_table(relations: List[LayerRelation], context: NotesContext, lang: str) -> Table:
    """How the site stands to each constraint layer: position, distance, shared area."""
    table = Table([tr("Layer", lang), tr("Position of the site", lang),
                   tr("Distance to nearest feature", lang), tr("Overlap (m²)", lang)])
    for relation in relations:
        label = layer_name(relation, context, lang)
        table.rows.append([label, relation_label(relation, lang), distance_text(relation, lang),
                           overlap_text(relation, lang)])
    return table


def overlap_text(relation: LayerRelation, lang: str) -> str:
    """The shared area in m² ('—' when unknown); an overlap within the slivers' tolerance shown, as not counted."""
    if not relation.known:
        return "—"
    if relation.overlap_m2 <= 0 and (relation.lines or relation.points):
        return features_met_text(relation, lang)
    if relation.overlap_m2 <= 0 < relation.sliver_m2:
        return tr("{area} (within the tolerance of {limit}: not counted)", lang).format(
            area=small_number(relation.sliver_m2), limit=small_number(relation.sliver_limit_m2))
    return number(relation.overlap_m2)


def features_met_text(relation: LayerRelation, lang: str) -> str:
    """No shared area, but the layer's lines (their length within the site) or points meeting the site."""
    if relation.lines:
        if relation.line_m <= 0:
            return tr("none (lines touch the site's boundary)", lang)
        return tr("none (lines: {length} m within the site)", lang).format(length=small_number(relation.line_m))
    return tr("none (points within the site or on its boundary: {count})", lang).format(count=relation.points)


def layer_name(relation: LayerRelation, context: NotesContext, lang: str) -> str:
    """A constraint layer by its label, its filter said in words (as the findings' reasons say it)."""
    words = filter_words(context.layers, SpatialQuery(relation.layer, relation.where))
    return bilingual(words.zh, words.en, lang)


def relation_label(relation: LayerRelation, lang: str) -> str:
    """Inside / overlapping / outside, 'not bound' for a layer without a map layer, or why it is unknown."""
    if not relation.bound:
        return tr("Layer not bound: position unknown", lang)
    if relation.problem == FILTER_PROBLEM:
        return tr("Filter not applicable to the layer: position unknown", lang)
    if relation.problem == NONE_PASS_PROBLEM:
        return tr("No feature passes the filter: position unknown", lang)
    if relation.problem == NO_FEATURES:
        return tr("No feature with a usable geometry: position unknown", lang)
    if relation.problem == SHIFT_PROBLEM:
        return tr("Too near under a ballpark datum offset: position unknown", lang)
    if relation.problem == SUBSET_PROBLEM:
        return tr("Layer filtered in the project: position unknown", lang)
    if relation.problem == UNUSABLE_PROBLEM:
        return tr("A feature near the site has no usable geometry: position unknown", lang)
    if relation.problem:
        return tr("Site not placeable in the layer's CRS: position unknown", lang)
    labels = {
        "inside": tr("Inside", lang),
        "overlapping": tr("Overlapping", lang),
        "outside": tr("Outside", lang),
    }
    return labels.get(relation.relation, relation.relation)


def distance_text(relation: LayerRelation, lang: str) -> str:
    """'640 m' (0 m when overlapping), or 'no feature' when the layer has no matching feature."""
    if not relation.known:
        return "—"
    if relation.distance_m is None:
        return tr("No matching feature", lang)
    return tr("{distance} m", lang).format(distance=number(relation.distance_m, 0))


def warnings_sections(review: SiteReview, lang: str) -> List[Section]:
    """Data-quality warnings of the overlay, when there are any."""
    if not review.overlay.warnings:
        return []
    blocks = [Paragraph(reasons_text([w], lang), tone="warn") for w in review.overlay.warnings]
    return [Section(tr("Data-quality warnings", lang), blocks)]
