"""A condition written on the picker's YAML page, read as a rule file's YAML is."""

from typing import Any, Dict, Optional, Tuple

import yaml

from ...core.rules.messages import sentence_of
from ...core.rules.yaml_aliases import AliasBombError
from ...core.rules.yaml_depth import MAX_DEPTH, TooDeepError
from ...core.rules.yaml_plain import RefusedScalarError, load_text
from ...core.rules.yaml_problems import yaml_problem
from ...core.rules.yaml_source import RulesYamlLoader
from ...i18n import grouped, tr


def yaml_condition(text: str) -> Dict[str, Any]:
    """The condition written on the YAML page, read as a rule file's YAML is (1:00 or 010 stay text; 1_000 or a plain
    yes, no, on, off refused where it stands)."""
    try:
        found = load_text(text, RulesYamlLoader)
    except RefusedScalarError as refused:
        raise ValueError(tr("Line {line}, column {column}: {problem}").format(
            line=refused.line, column=refused.column, problem=refused.text())) from None
    except AliasBombError as bomb:
        raise ValueError(_alias_words(bomb)) from None
    except TooDeepError as deep:
        raise ValueError(tr("Line {line}, column {column}: the condition is nested more than {limit} levels deep "
                            "here, which no rule needs; write it flatter (one all: or any: list) or as several "
                            "rules.").format(line=deep.line, column=deep.column, limit=MAX_DEPTH)) from None
    except yaml.MarkedYAMLError as error:
        line, column = _where(text, error.problem_mark or error.context_mark)
        problem = yaml_problem(error, text)
        if isinstance(problem, str):  # the parser's own words: a problem yaml_problems does not word
            raise ValueError(tr("Line {line}, column {column}: this is not valid YAML ({problem}). Check the "
                                "indentation, colons, brackets and quotes there.").format(
                line=line, column=column, problem=problem)) from None
        raise ValueError(tr("Line {line}, column {column}: this is not valid YAML here: {problem}.").format(
            line=line, column=column, problem=sentence_of(problem))) from None
    except yaml.YAMLError as error:
        raise ValueError(tr("This is not valid YAML: {problem}").format(problem=getattr(error, "problem", error))) \
            from None
    if not isinstance(found, dict) or not found:
        raise ValueError(tr("Write a condition as a mapping, e.g. flag: major_infrastructure."))
    return found


def _alias_words(bomb: AliasBombError) -> str:
    """Where and why a condition's anchors and aliases expand too far, and what to write instead."""
    if bomb.endless:
        return tr("Line {line}, column {column}: this list or mapping holds an alias to itself (*name inside the "
                  "&name it refers to), so the condition would repeat without end; write its values out.").format(
            line=bomb.line, column=bomb.column)
    return tr("Line {line}, column {column}: through anchors (&name) and aliases (*name), the condition expands to "
              "more than {limit} values here, which no rule needs; write its values out, with fewer nested "
              "aliases.").format(line=bomb.line, column=bomb.column, limit=grouped(bomb.limit))


def _where(text: str, mark: Optional[yaml.Mark]) -> Tuple[int, int]:
    """(line, column) of a YAML error's mark, counted from 1; the end of the text for a mark past it."""
    lines = text.splitlines() or [""]
    if mark is None or mark.line >= len(lines):
        return len(lines), len(lines[-1]) + 1
    return mark.line + 1, mark.column + 1
