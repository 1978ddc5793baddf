"""The binding panel's line under the rule set: what loading the rule sets said, in HTML."""

import html
from typing import Optional

from ..core.inputs.rule_lists import given_scope_error
from ..core.rules.messages import LoadResult
from ..i18n import tr
from .given_values import ERROR_COLOR

MAX_SHOWN_MESSAGES = 8


def messages_html(path: str, result: Optional[LoadResult]) -> str:
    """The rule sets' load messages as the panel shows them (HTML): a tick and the rule count, else the first few
    messages under a heading saying whether the rule set is used."""
    if not path or result is None:
        return ""
    if result.ruleset is not None and not result.messages:
        meta = result.ruleset.metadata
        template = tr("✔ Rule set {id} {version}: 1 rule") if len(result.ruleset.rules) == 1 else \
            tr("✔ Rule set {id} {version}: {count} rules")
        return template.format(
            id=html.escape(meta.id), version=html.escape(meta.version), count=len(result.ruleset.rules))
    lines = [html.escape(m.text()) for m in result.messages[:MAX_SHOWN_MESSAGES]]
    if len(result.messages) > MAX_SHOWN_MESSAGES:
        lines.append(tr("… and {count} more").format(count=len(result.messages) - MAX_SHOWN_MESSAGES))
    colour = ERROR_COLOR if result.ruleset is None else "#8a6d00"
    if result.ruleset is not None:
        head = tr("The rule set loads with warnings:")
    elif result.errors and all(given_scope_error(m) for m in result.errors):
        head = tr("A scope given beside a rule set cannot be used; correct it there:")
    else:
        head = tr("The rule set cannot be used; fix the file and choose it again:")
    return f"<span style='color:{colour}'>{html.escape(head)}</span><br>" + "<br>".join(lines)
