"""Load a rule-set YAML file: safe parse, schema, semantic checks, model; and checks against layers."""

import datetime
import hashlib
from dataclasses import replace
from typing import Any, Iterable, List, Mapping, Optional

from ...i18n import tr
from ..model.results import Reason
from . import checks, layer_fields, schema, yaml_source
from .build import build_ruleset
from .layered import list_source
from .messages import LoadMessage, LoadResult, message
from .messages import reason_templates as message_templates
from .ruleset import RuleSet, code_key
from .yaml_source import MAX_BYTES, read_yaml


def load_ruleset(path: str, max_bytes: int = MAX_BYTES, today: Optional[datetime.date] = None) -> LoadResult:
    """Load and check a rule set; ``.ruleset`` is None when any error was found."""
    document, messages = read_yaml(path, max_bytes)
    if document is None:
        return LoadResult(None, messages)
    messages = schema.validate(document.data, document.marks, path)
    if messages:
        return LoadResult(None, messages)
    messages = checks.check_semantics(document.data, document.marks, path, today)
    if any(m.severity == "error" for m in messages):
        return LoadResult(None, messages)
    ruleset = build_ruleset(document.data, document.marks, path)
    ruleset.sha256 = file_sha256(path)
    source = list_source(ruleset, ruleset.sha256)
    ruleset.rules = [replace(rule, source=source) for rule in ruleset.rules]
    return LoadResult(ruleset, messages)


def file_sha256(path: str) -> str:
    """The SHA-256 of a file's bytes in hex ('' when it cannot be read)."""
    try:
        with open(path, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return ""


def check_against_layer(
    ruleset: RuleSet, unit_codes: Iterable[str], bound_layers: Mapping[str, Any]
) -> List[LoadMessage]:
    """Warnings for unit codes the unit layer lacks (compared as reviews compare them: case, full width and white
    space aside), for constraint layers left unbound, for filters naming fields their bound layer lacks and for
    field labels of fields it lacks; ``bound_layers`` maps the rule set's layer names to map layers."""
    codes = {code_key(c) for c in unit_codes if c is not None}
    bound = set(bound_layers)
    found: List[LoadMessage] = []
    for rule in ruleset.rules:
        for code in rule.units:
            if code_key(code) not in codes:
                found.append(
                    LoadMessage(
                        "warning",
                        ruleset.path,
                        rule.line,
                        0,
                        rule.id,
                        _reason(
                            "Rule {rule} names unit {code}, which the unit layer does not have.",
                            rule=rule.id,
                            code=code,
                        ),
                    )
                )
    for name in sorted(ruleset.layers):
        if name not in bound:
            found.append(
                message(
                    "warning",
                    ruleset.path,
                    {},
                    ("layers", name),
                    "The layer {layer} is not bound to a map layer; rules that use it will need information.",
                    layer=name,
                )
            )
    return found + layer_fields.check_filters(ruleset, bound_layers)


def _reason(template: str, **values: object) -> Reason:
    return Reason(template, dict(values))


def reason_templates() -> List[str]:
    """Every message template of loading, for the string extractor."""
    own = [
        tr("Rule {rule} names unit {code}, which the unit layer does not have."),
        tr("The layer {layer} is not bound to a map layer; rules that use it will need information."),
    ]
    return (
        own
        + yaml_source.reason_templates()
        + schema.reason_templates()
        + checks.reason_templates()
        + layer_fields.reason_templates()
        + message_templates()
    )
