"""A rule's filter on a constraint layer, applied feature by feature.

A filter the layer cannot take — one that does not parse, names a field the layer lacks, fails on a
feature or reads text the layer did not decode as its file was written (a GBK Shapefile without a .cpg
file: '一级' is then never equal to what the feature holds) — is reported as the ``problem``, never read
as "no feature matches": QGIS's own request filter drops a feature silently when its filter cannot be
evaluated. A filter that none of the layer's features passes (a value written otherwise than the layer holds it:
'Ⅰ' for 'I') is ``NONE_PASS`` in a site's review: where the site lies to such zones is unknown.
"""

from typing import Iterable, Iterator, List, Optional, Tuple

from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsFeatureRequest, QgsFields
from qgis.PyQt.QtCore import QVariant

from ...i18n import tr
from ..misread_text import misread
from ..model.filters import filter_columns, missing_fields, parser_error
from ..model.results import NONE_PASS_PROBLEM, Listed, Reason

INVALID = "The filter {where} of layer {layer} is invalid: {error}"
MISSING = "The filter {where} of layer {layer} names {missing}, which the layer does not have (its fields: {fields})"
FAILED = "The filter {where} of layer {layer} cannot be evaluated on feature {fid}: {error}"
NOT_TRUTH = "The filter {where} of layer {layer} gives {value} on feature {fid}, which is neither true nor false"
MISREAD = ("The filter {where} of layer {layer} reads field {field} of feature {fid}, whose text {value} was not "
           "decoded as the layer's file was written: set the layer's data source encoding (Layer Properties ▸ "
           "Source), such as GBK, and review again")
NONE_PASS = ("The filter {where} of constraint layer {layer} ({source}) matches none of its features, so where a site "
             "lies to such zones is unknown and the rules that need it report 'needs information': check that the "
             "values it compares are written as the layer holds them (such as 一级 or I), and that the right layer is "
             "bound.")
FALSE_WORDS = ("", "0", "false")  # strings a QGIS filter reads as false (QVariant::toBool)


def filter_templates() -> List[str]:
    """The warning templates of this module, through tr()."""
    return [
        tr("The filter {where} of layer {layer} is invalid: {error}"),
        tr("The filter {where} of layer {layer} names {missing}, which the layer does not have (its fields: "
           "{fields})"),
        tr("The filter {where} of layer {layer} cannot be evaluated on feature {fid}: {error}"),
        tr("The filter {where} of layer {layer} gives {value} on feature {fid}, which is neither true nor false"),
        tr("The filter {where} of layer {layer} reads field {field} of feature {fid}, whose text {value} was not "
           "decoded as the layer's file was written: set the layer's data source encoding (Layer Properties ▸ "
           "Source), such as GBK, and review again"),
        tr("The filter {where} of constraint layer {layer} ({source}) matches none of its features, so where a site "
           "lies to such zones is unknown and the rules that need it report 'needs information': check that the "
           "values it compares are written as the layer holds them (such as 一级 or I), and that the right layer is "
           "bound."),
    ]


def none_passes(where: str, layer: str, source: str) -> Tuple[str, Reason]:
    """For a rule's filter ``where`` on its layer ``layer`` (the rule set's name; ``source``: the map layer's) that
    none of the layer's features passes: the ``LayerRelation`` problem and its warning."""
    return NONE_PASS_PROBLEM, Reason(NONE_PASS, {"where": where, "layer": layer, "source": source})


class LayerFilter:
    """A ``where`` filter prepared for a layer's fields; ``problem`` says why it cannot be applied (None: it can)."""

    def __init__(self, where: str, fields: QgsFields, layer: str):
        self.where = where
        self.layer = layer
        self.fields = fields
        self.expression = QgsExpression(where)
        self.context = QgsExpressionContext()
        self.context.setFields(fields)
        self.problem: Optional[Reason] = self._check(fields)
        columns = self.columns()
        names = fields.names() if columns is None else columns
        self._read = [index for name in names if (index := fields.lookupField(name)) >= 0]

    def _reason(self, template: str, **values: object) -> Reason:
        """A warning about this filter on this layer."""
        return Reason(template, {"where": self.where, "layer": self.layer, **values})

    def _check(self, fields: QgsFields) -> Optional[Reason]:
        """Why the filter cannot be applied to features with ``fields`` (None: it can)."""
        if self.expression.hasParserError():
            return self._reason(INVALID, error=parser_error(self.expression))
        missing = missing_fields(self.expression, fields)
        if missing:
            return self._reason(MISSING, missing=Listed(tuple(missing)), fields=Listed(tuple(fields.names())))
        if not self.expression.prepare(self.context):
            return self._reason(INVALID, error=self.expression.evalErrorString())
        return None

    def columns(self) -> Optional[List[str]]:
        """The fields the filter reads (None: every field)."""
        return filter_columns(self.expression)

    def request(self) -> QgsFeatureRequest:
        """A request for the features' geometries and the attributes the filter reads."""
        request = QgsFeatureRequest()
        columns = self.columns()
        if columns is not None:  # else the filter may read any field
            request.setSubsetOfAttributes(columns, self.fields)
        return request

    def select(self, features: Iterable[QgsFeature]) -> Iterator[QgsFeature]:
        """The features passing the filter, until it fails on one: then ``problem`` is set and none follows
        (none at all when the filter cannot be applied to the layer)."""
        if self.problem is not None:
            return
        for feature in features:
            if self.matches(feature):
                yield feature
            elif self.problem is not None:
                return

    def matches(self, feature: QgsFeature) -> bool:
        """Whether the feature passes the filter; False, with ``problem`` set, when the filter fails on it."""
        if self._misread(feature):
            return False
        self.context.setFeature(feature)
        value = self.expression.evaluate(self.context)
        if self.expression.hasEvalError():
            self.problem = self._reason(FAILED, fid=feature.id(), error=self.expression.evalErrorString())
            return False
        truth = truth_of(value)
        if truth is None:
            self.problem = self._reason(NOT_TRUTH, fid=feature.id(), value=str(value))
            return False
        return truth

    def _misread(self, feature: QgsFeature) -> bool:
        """True, with ``problem`` set, when a field the filter reads holds text its layer misread."""
        for index in self._read:
            value = feature.attribute(index)
            if misread(value):
                self.problem = self._reason(MISREAD, field=self.fields.at(index).name(), fid=feature.id(),
                                            value=value)
                return True
        return False


def truth_of(value: object) -> Optional[bool]:
    """A filter's value as QGIS's request filter reads it (NULL: false), None when it is no truth value."""
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, QVariant):  # NULL, as some QGIS versions give it
        return False if value.isNull() else None
    if isinstance(value, (int, float)):
        return value != 0
    if isinstance(value, str):
        return value.lower() not in FALSE_WORDS
    return None
