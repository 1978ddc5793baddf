"""Which rules need a declaration of the rule set: those the loader's checks would find wrong without it. For a
declared value of a text attribute, a condition's value or spelling, an expression's literal, a pattern only that value
matched; for an attribute, every condition and expression that reads it; for a layer, every spatial condition on it.
The rule editor removes only what no rule needs."""

import copy
import re
from collections import Counter
from typing import Any, Callable, List, Mapping, Optional, Tuple

from . import checks, schema

RULE_PATH = re.compile(r"^\$\.rules\[(\d+)\]")
Errors = List[Tuple[str, str]]


class RuleNeeds:
    """Which rules of one rule set need each declaration asked about: the rule set's own errors are found once (at
    the first question), then those of a copy without the declaration; the rules with errors it did not have need it.
    Each answer is the rules' ids in the file's order ('' for a place outside the rules), or None when the rule set
    does not follow the schema, so that it cannot be told."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.data = copy.deepcopy(dict(document))
        self._before: Optional[Errors] = None
        self._checked = False

    def of_value(self, name: str, value_id: str) -> Optional[List[str]]:
        """The rules that name the value ``value_id`` of the text attribute ``name``."""
        def without(data: dict) -> None:
            declaration = (data.get("attributes") or {}).get(name)
            values = declaration.get("values") if isinstance(declaration, dict) else None
            if isinstance(values, list):
                declaration["values"] = [value for value in values if not (isinstance(value, Mapping)
                                                                            and str(value.get("id")) == value_id)]
                if not declaration["values"]:
                    del declaration["values"]

        return self._needing(without)

    def of_entry(self, section: str, name: str) -> Optional[List[str]]:
        """The rules that use the declaration ``name`` under ``section`` (``attributes``, ``layers``)."""
        def without(data: dict) -> None:
            declared = data.get(section)
            if isinstance(declared, dict):
                declared.pop(name, None)
                if not declared:
                    del data[section]

        return self._needing(without)

    def _needing(self, remove: Callable[[dict], None]) -> Optional[List[str]]:
        if not self._checked:
            self._before, self._checked = _errors(copy.deepcopy(self.data)), True
        if self._before is None:
            return None
        without = copy.deepcopy(self.data)
        remove(without)
        after = _errors(without)
        if after is None:
            return None
        rules = self.data.get("rules") or []
        found: List[str] = []
        for path, _template in (Counter(after) - Counter(self._before)):
            where = RULE_PATH.match(path)
            rule = rules[int(where.group(1))] if where and int(where.group(1)) < len(rules) else None
            rule_id = str(rule.get("id") or "") if isinstance(rule, Mapping) else ""
            if rule_id not in found:
                found.append(rule_id)
        order = {str(rule.get("id")): index for index, rule in enumerate(rules) if isinstance(rule, Mapping)}
        return sorted(found, key=lambda rule_id: order.get(rule_id, len(order)))


def _errors(data: dict) -> Optional[Errors]:
    """The loader's errors about a document of its own (where and which), or None when it is not schema-valid."""
    if schema.validate(data, {}, ""):
        return None
    return [(item.json_path, item.reason.template) for item in checks.check_semantics(data, {}, "")
            if item.severity == "error"]
