"""A re-review compared with the review before it: per site, the verdicts and the clauses added, removed
or changed (a clause is a unit code and a rule id; a change is a different status)."""

from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Mapping, Sequence, Set, Tuple

from ..model.verdicts import worst

Clause = Tuple[str, str]  # unit code, rule id
Review = Tuple[Mapping[str, str], Mapping[str, Dict[Clause, str]]]  # {site: verdict}, {site: {clause: status}}


@dataclass
class SiteChange:
    """One site before and after."""

    site_id: str
    before: str
    after: str
    added: List[str] = field(default_factory=list)
    removed: List[str] = field(default_factory=list)
    changed: List[str] = field(default_factory=list)

    @property
    def verdict_changed(self) -> bool:
        """Whether the verdict is another one."""
        return self.before != self.after


def clause_statuses(rows: Iterable[Mapping[str, object]]) -> Dict[str, Dict[Clause, str]]:
    """{site id: {(unit code, rule id): status}} of CLAUSES rows."""
    out: Dict[str, Dict[Clause, str]] = {}
    for row in rows:
        out.setdefault(str(row["site_id"]), {})[(str(row["unit_code"] or ""), str(row["rule_id"]))] = str(row["status"])
    return out


def merge_layers(reviews: Sequence[Review], outside: Sequence[Set[str]] = ()) -> Tuple[Dict[str, str],
                                                                                    Dict[str, Dict[Clause, str]]]:
    """The review of sites over several unit layers, as the panel gives it: each site's worst verdict over
    the layers that have a say of it (``outside``: per layer, the sites it has none of; over every layer
    when none has; needs study where a layer has no verdict for it) and the clauses of every layer."""
    sites = sorted({site for verdicts, _clauses in reviews for site in verdicts})
    verdicts = {site: str(worst(_deciding(site, reviews, outside))) for site in sites}
    clauses: Dict[str, Dict[Clause, str]] = {}
    for _verdicts, found in reviews:
        for site, statuses in found.items():
            clauses.setdefault(site, {}).update(statuses)
    return verdicts, clauses


def _deciding(site: str, reviews: Sequence[Review], outside: Sequence[Set[str]]) -> List[str]:
    """The site's verdicts from the layers that have a say of it (from every layer when none has)."""
    found = [verdicts.get(site, "") for number, (verdicts, _clauses) in enumerate(reviews)
             if number >= len(outside) or site not in outside[number]]
    return found or [verdicts.get(site, "") for verdicts, _clauses in reviews]


def _name(clause: Clause) -> str:
    """'unit code:rule id' (the rule id alone when no unit code is recorded)."""
    return f"{clause[0]}:{clause[1]}" if clause[0] else clause[1]


def compare(before: Mapping[str, str], after: Mapping[str, str], clauses_before: Mapping[str, Dict[Clause, str]],
            clauses_after: Mapping[str, Dict[Clause, str]]) -> List[SiteChange]:
    """Every site of either review, by id: verdicts ('' where a review lacks the site) and clause changes."""
    out = []
    for site in sorted(set(before) | set(after)):
        old, new = clauses_before.get(site, {}), clauses_after.get(site, {})
        out.append(SiteChange(
            site, before.get(site, ""), after.get(site, ""),
            [_name(c) for c in sorted(set(new) - set(old))], [_name(c) for c in sorted(set(old) - set(new))],
            [f"{_name(c)}: {old[c]} → {new[c]}" for c in sorted(set(old) & set(new)) if old[c] != new[c]]))
    return out
