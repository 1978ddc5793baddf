"""reviewsites' JUDGEMENTS table: read into core judgements, and what was not applied reported."""

import os
from typing import Any, Dict, Iterator, Optional

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ..compat import NO_GEOMETRY
from ..core.inputs.resolve import layer_label
from ..core.overlay.layer_subset import layer_subset
from ..core.review.judgements import JudgementError, Judgements, judgements_from_rows, missing_columns
from ..core.text_decoding import UndecodableTextError, decode_text
from ..i18n import grouped, list_separator, tr
from .source_selection import definition_of, refuse_cut

SHOWN = 20  # rows or clauses named in one message
TEXT_TABLES = (".csv", ".txt")
CHINESE_ENCODINGS = ("GBK", "GB18030")  # as Excel saves a CSV on Chinese Windows; OGR reads CSV as UTF-8
UNDECODED = "\ufffd"  # the replacement character a cell gets for bytes that are not UTF-8


def read_judgements(alg, parameters, context, feedback) -> Optional[Judgements]:
    """The judgements of the JUDGEMENTS table, or None without one; a table cut short or any unreadable row stops
    the run."""
    if not parameters.get(alg.JUDGEMENTS):
        return None
    layer = _table_layer(alg, parameters, context)
    _refuse_cut_table(definition_of(parameters, alg.JUDGEMENTS), layer)
    source = alg.parameterAsSource(parameters, alg.JUDGEMENTS, context)
    if source is None:
        raise QgsProcessingException(tr("The judgements table could not be read."))
    names = source.fields().names()
    missing = missing_columns(names)
    if missing:
        raise QgsProcessingException(tr("The judgements table lacks the columns {columns}.").format(
            columns=list_separator().join(missing)))
    rows = _decoded_rows(_table_rows(layer, source))
    try:
        found, remark_only = judgements_from_rows(rows)
    except JudgementError as error:
        raise QgsProcessingException(str(error)) from None
    if remark_only:
        feedback.pushWarning(tr("Judgements: rows {rows} have a remark but no judgement; they judge nothing.")
                             .format(rows=list_separator().join(map(str, remark_only[:SHOWN]))))
    feedback.pushInfo(tr("1 clause judged in the judgements table.") if len(found) == 1 else
                      tr("{n} clauses judged in the judgements table.").format(n=grouped(len(found))))
    return found


def _table_layer(alg, parameters, context) -> Optional[QgsVectorLayer]:
    """The layer JUDGEMENTS reads, also when it is given as a feature source's definition."""
    value = parameters.get(alg.JUDGEMENTS)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.valueAsString(context.expressionContext())[0]
    return alg.parameterAsVectorLayer({alg.JUDGEMENTS: value}, alg.JUDGEMENTS, context)


def _refuse_cut_table(definition: Optional[QgsProcessingFeatureSourceDefinition],
                      layer: Optional[QgsVectorLayer]) -> None:
    """Stop when JUDGEMENTS would leave rows out: a feature limit, a feature filter, "Selected features only" or the
    layer's own filter. A 不符合 left out would no longer decide its site, which might then read compliant; some
    judgements only are given as a table of their own, which stays as the record of what was applied."""
    name = layer_label(layer) if layer is not None else (definition.source.staticValue() if definition else "")
    refuse_cut(definition, name, tr(
        "Reviewer's judgements {layer}: a feature limit of {limit} is set (Advanced options), so the judgements past "
        "it would be left out, and a non-compliant judgement among them would no longer decide its site. Clear the "
        "feature limit; to apply some judgements only, save them as a table of their own and give that table."), tr(
        "Reviewer's judgements {layer}: a feature filter is set (Advanced options: {filter}), so the judgements it "
        "leaves out would be missing, and a non-compliant judgement among them would no longer decide its site. "
        "Clear the filter; to apply some judgements only, save them as a table of their own and give that table."))
    if definition is not None and definition.selectedFeaturesOnly:
        raise QgsProcessingException(tr(
            "Reviewer's judgements {layer}: \"Selected features only\" is set, so the judgements not selected would "
            "be left out, and a non-compliant judgement among them would no longer decide its site. Clear the option "
            "to apply every judgement of the table; to apply some only, save the selected rows as a table of their "
            "own (Export ▸ Save Selected Features As…) and give that table.").format(layer=name))
    subset = layer_subset(layer)
    if subset:
        raise QgsProcessingException(tr(
            "Reviewer's judgements {layer}: the layer has a filter (Layer Properties ▸ Source ▸ Query Builder: "
            "{filter}), so the judgements it hides would be left out, and a non-compliant judgement among them would "
            "no longer decide its site. Clear the layer's filter; to apply some judgements only, save them as a "
            "table of their own and give that table.").format(layer=name, filter=subset))


def _table_rows(layer: Optional[QgsVectorLayer], source) -> Iterator[Dict[str, Any]]:
    """The table's rows as dicts: a CSV file in GBK (as Chinese Excel saves it) read in its own encoding."""
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY)
    encoding = _chinese_encoding(layer)
    if not encoding:
        names = source.fields().names()
        return (dict(zip(names, feature.attributes())) for feature in source.getFeatures(request))
    reading = layer.clone()  # the user's layer is never changed
    reading.setProviderEncoding(encoding)
    names = reading.fields().names()
    return (dict(zip(names, feature.attributes())) for feature in reading.getFeatures(request))


def _chinese_encoding(layer) -> str:
    """GBK or GB18030 when the layer is a CSV file in it that QGIS reads as UTF-8, else ''."""
    if layer is None or layer.providerType() != "ogr" or layer.dataProvider().encoding().upper() != "UTF-8":
        return ""
    path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path") or ""
    if os.path.splitext(path)[1].lower() not in TEXT_TABLES or not os.path.isfile(path):
        return ""
    try:
        with open(path, "rb") as handle:
            _text, encoding = decode_text(handle.read())
    except UndecodableTextError:
        return ""
    return encoding if encoding in CHINESE_ENCODINGS else ""


def _decoded_rows(rows: Iterator[Dict[str, Any]]) -> Iterator[Dict[str, Any]]:
    """The rows, stopping at the first cell whose text could not be decoded (never a judgement or remark garbled)."""
    for number, row in enumerate(rows, start=1):
        if any(isinstance(value, str) and UNDECODED in value for value in row.values()):
            raise QgsProcessingException(tr(
                "Judgements, row {row}: text that could not be read in the table's encoding. Save the table as "
                "UTF-8 (in Excel: CSV UTF-8) or as an .xlsx workbook, or set its layer's data source encoding.")
                .format(row=number))
        yield row


def report_unapplied(judgements: Optional[Judgements], feedback, recorded: bool = False) -> None:
    """Name the judgements whose clause no reviewed site has, those made on another text of their clause, the
    overrides of another finding of the rules, and those without the digest of their clause's text that were not
    applied (nothing is dropped unsaid); with ``recorded``, the judgements are a register's (rereview), to be
    confirmed again in its entries."""
    if not judgements:
        return
    _report(feedback, judgements.outdated(),
            tr("1 judgement was made on another text of its clause and was not applied; that clause needs further "
               "study until judged again: {clauses}"),
            tr("{n} judgements were made on another text of their clause and were not applied; those clauses need "
               "further study until judged again: {clauses}"))
    _report(feedback, judgements.overridden_otherwise(),
            tr("1 override was made on another finding of the rules than the present one (the site or the project's "
               "values differ) and was not applied; judge that clause again: {clauses}"),
            tr("{n} overrides were made on another finding of the rules than the present one (the site or the "
               "project's values differ) and were not applied; judge those clauses again: {clauses}"))
    unconfirmed = judgements.unconfirmed()
    if unconfirmed:
        line = _recorded_unconfirmed(len(unconfirmed)) if recorded else _unconfirmed(len(unconfirmed))
        feedback.reportError(line.format(n=grouped(len(unconfirmed)), clauses=_named(unconfirmed)), False)
    _report(feedback, judgements.unapplied(),
            tr("1 judgement matches no clause of the reviewed sites and was not applied: {clauses}"),
            tr("{n} judgements match no clause of the reviewed sites and were not applied: {clauses}"))


def _report(feedback, found: list, one: str, many: str) -> None:
    """Name ``found`` in the log, if any, with the line for one judgement or for several (both translated)."""
    if found:
        line = one if len(found) == 1 else many
        feedback.reportError(line.format(n=grouped(len(found)), clauses=_named(found)), False)


def _unconfirmed(count: int) -> str:
    """The line naming the JUDGEMENTS table's judgements without a digest that were not applied."""
    if count == 1:
        return tr("1 judgement has no clause_sha256 of the clause text it judged, so that text cannot be verified; "
                  "it was not applied and must be confirmed again (judge the clause in the clauses output and give "
                  "that table as the judgements): {clauses}")
    return tr("{n} judgements have no clause_sha256 of the clause text they judged, so that text cannot be "
              "verified; they were not applied and must be confirmed again (judge the clauses in the clauses "
              "output and give that table as the judgements): {clauses}")


def _recorded_unconfirmed(count: int) -> str:
    """The line naming a register's recorded judgements without a digest that were not applied (rereview)."""
    if count == 1:
        return tr("1 judgement recorded in the register has no clause_sha256 of the clause text it judged, so that "
                  "text cannot be verified; it was not applied and must be confirmed again (in the Zoning Review "
                  "panel, open its entry — the number it is named with first — with Register ▸ Open the register… "
                  "▸ Open as a new review, judge the clause again and save the review to the register): {clauses}")
    return tr("{n} judgements recorded in the register have no clause_sha256 of the clause text they judged, so "
              "that text cannot be verified; they were not applied and must be confirmed again (in the Zoning "
              "Review panel, open each entry — the number each is named with first — with Register ▸ Open the "
              "register… ▸ Open as a new review, judge its clauses again and save the review to the register): "
              "{clauses}")


def _named(judgements: list) -> str:
    """The first judgements' labels, and how many more there are."""
    shown = list_separator().join(j.label for j in judgements[:SHOWN])
    if len(judgements) <= SHOWN:
        return shown
    return tr("{shown} … and {count} more").format(shown=shown, count=grouped(len(judgements) - SHOWN))
