"""A parameter as the algorithms' messages name it: its label quoted as the dialog shows it, then its name — the
label often has a bracket of its own (Industry (GB/T 4754-2017 code, e.g. C2614)), which a second bracket after it
would read as part of (… C2614) (INDUSTRY), 行业（GB/T 4754-2017 代码，如 C2614）（INDUSTRY））."""

from ..i18n import tr


def named_parameter(label: str, name: str) -> str:
    """A parameter by its label (quoted) and name: “Industry (GB/T 4754-2017 code, e.g. C2614)” (INDUSTRY)."""
    return tr("“{parameter}” ({name})").format(parameter=label, name=name)


def parameter_said(label: str, name: str, said: str) -> str:
    """What a message says of a parameter (or the file it names), after the parameter: “Label” (NAME): said."""
    return tr("{parameter}: {said}").format(parameter=named_parameter(label, name), said=said)


def alg_parameter_said(alg, name: str, said: str) -> str:
    """``parameter_said`` of an algorithm's parameter ``name``, by the label it declares."""
    return parameter_said(alg.parameterDefinition(name).description(), name, said)
