"""The project's industry as both siting screens (the dock's and Processing's ``sitingscreen``) take it: a GB/T
4754-2017 code, else why not and what to give, in the same words."""

from typing import Optional

from ...i18n import tr
from ..model.project import ProjectDescription
from ..review.site_review import render_reason
from ..rules.readings import industry


def industry_refusal(description: ProjectDescription) -> Optional[str]:
    """Why the screen cannot screen for the project's industry (not given, not a code of GB/T 4754-2017, a number)
    and what to give, in the UI language; None when it reads as a code of the standard."""
    reading = industry(description)
    if reading.value is not None:
        return None
    return tr("{problem}. Give the project's code from GB/T 4754-2017, such as C2614 (the class, so that every clause "
              "naming an industry can be judged); without one the screen would only say that every unit needs further "
              "study.").format(problem=render_reason(reading.reason))
