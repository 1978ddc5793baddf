"""What every Zoning Review algorithm shares: naming, groups, help, instance creation and the error guard."""

from typing import Any, Callable, Dict, List, Optional, Tuple

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ..core.coordinates.worker_crs import settle_for_workers
from ..guide import guide_url
from ..i18n import tr
from ..log import log_error
from ..paths import ICON
from .layer_list_values import definition_refusal
from .output_paths import check_outputs
from .parameter_layers import open_layer_crs

# Toolbox search words of every algorithm, in both languages whatever the interface language.
COMMON_TAGS = ("三线一单", "生态环境分区管控", "环境管控单元", "生态环境准入清单", "环评", "环境影响评价",
               "zoning control", "environmental control unit", "access list", "EIA",
               "environmental impact assessment")


class ZoningReviewAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set ALGORITHM_ID (and RULE_SETS for the rule-set group) and the display texts."""

    ALGORITHM_ID = ""
    RULE_SETS = False
    TAGS: tuple = ()

    def name(self) -> str:
        """Stable algorithm id (part of the public interface)."""
        return self.ALGORITHM_ID

    def group(self) -> str:
        """Toolbox group."""
        return tr("Rule sets") if self.RULE_SETS else tr("Zoning review")

    def groupId(self) -> str:
        """Stable group id."""
        return "rulesets" if self.RULE_SETS else "review"

    def tags(self) -> List[str]:
        """Toolbox search words: the common ones and the algorithm's own, in both languages."""
        return [*COMMON_TAGS, *self.TAGS]

    def add_parameter(self, parameter, help_text: str) -> None:
        """Add a parameter with its help (shown in the dialog's tooltip and by processing.algorithmHelp)."""
        parameter.setHelp(help_text)
        self.addParameter(parameter)

    def helpUrl(self) -> str:
        """The user guide shipped with the plugin, opened locally."""
        return guide_url()

    def icon(self) -> QIcon:
        """Toolbox icon."""
        return QIcon(ICON)

    def createInstance(self) -> "ZoningReviewAlgorithm":
        """A fresh instance, as Processing requires."""
        return type(self)()

    def shortHelpString(self) -> str:
        """Help text shown beside the dialog."""
        return self.help_text()

    def shortDescription(self) -> str:
        """One line under the algorithm's name in the toolbox's tooltip and the dialog."""
        return self.short_description()

    def short_description(self) -> str:
        """What the algorithm does, in one translated line (subclasses)."""
        raise NotImplementedError

    def help_text(self) -> str:
        """The algorithm's help (translated)."""
        raise NotImplementedError

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:
        """On the main thread, before a worker thread may run the algorithm (the Processing dialog's task): make the
        CRSs and ellipsoids it will use there (see core.coordinates.worker_crs)."""
        settle_for_workers(open_layer_crs(parameters, context), [context.ellipsoid()])
        return True

    def checkParameterValues(self, parameters, context) -> Tuple[bool, str]:
        """QGIS's checks, after refusing a layer list parameter given a feature source's definition with the
        plugin's own message (QGIS's says only "Incorrect parameter value")."""
        refusal = definition_refusal(self, parameters, context)
        if refusal:
            return False, refusal
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback) -> Dict[str, Any]:
        """Check the outputs against the inputs, then run; no exception leaves but QgsProcessingException, raised where
        it holds nothing: QGIS never frees the exception a Python algorithm raises to it, so the variables of every
        frame it passed through (the run's layers, its feature iterators and their database connections) would stay
        held for as long as QGIS runs."""
        outcome = self.attempt(self._checked_run, parameters, context, feedback)
        del self, parameters, context, feedback
        return outcome.value()

    def _checked_run(self, parameters, context, feedback) -> Dict[str, Any]:
        """The outputs checked against the inputs, then the body run."""
        check_outputs(self, parameters, context)
        return self.run_algorithm(parameters, context, feedback)

    def run_algorithm(self, parameters, context, feedback) -> Dict[str, Any]:
        """The algorithm's body (subclasses)."""
        raise NotImplementedError

    def attempt(self, work: Callable[..., Any], *args: Any) -> "Outcome":
        """Run ``work(*args)``; its error becomes the failure's translated message (an unexpected one also a log
        entry)."""
        try:
            return Outcome(work(*args))
        except QgsProcessingException as error:
            return Outcome(failure=str(error))
        except OSError as error:
            log_error(tr("{algorithm}: a file could not be read or written.").format(
                algorithm=self.displayName()), error)
            return Outcome(failure=file_error_message(error))
        except Exception as error:  # noqa: BLE001 - the one guard: logged with its traceback
            log_error(tr("{algorithm} failed unexpectedly.").format(algorithm=self.displayName()), error)
            return Outcome(failure=tr(
                "{algorithm} failed unexpectedly ({error}). Check the inputs; the details are in the "
                "'Zoning Review' tab of the Log Messages panel.").format(
                algorithm=self.displayName(), error=f"{type(error).__name__}: {error}"))


class Outcome:
    """What ``attempt`` ran to: the results, or the translated message of its failure."""

    def __init__(self, results: Any = None, failure: Optional[str] = None) -> None:
        self.results = results
        self.failure = failure

    def value(self) -> Any:
        """The results; a QgsProcessingException with the failure's message when the work failed."""
        if self.failure is not None:
            raise QgsProcessingException(self.failure)
        return self.results


def report_backup(feedback, path: str, backup: Optional[str]) -> None:
    """Say in the log where the file an output replaced is kept (nothing when no file was replaced)."""
    if backup:
        feedback.pushInfo(tr("{path} already existed: the file it held is kept as {backup}.").format(
            path=path, backup=backup))


def file_error_message(error: OSError) -> str:
    """A translated message naming the file an OSError is about and what to do."""
    path = error.filename or ""
    if isinstance(error, FileExistsError):
        text = tr("{path} is a file where a folder is needed. Choose a folder.")
    elif isinstance(error, PermissionError):
        text = tr("You may not write to {path} (read-only). Choose a folder you may write to.")
    elif isinstance(error, FileNotFoundError):
        text = tr("{path} does not exist. Create the folder or choose another.")
    elif isinstance(error, IsADirectoryError):
        text = tr("{path} is a folder. Give the name of a file.")
    elif isinstance(error, NotADirectoryError):
        text = tr("A part of {path} is a file, not a folder. Choose a folder.")
    else:
        text = tr("{path} could not be read or written ({reason}). Check the file and its folder.")
    return text.format(path=path, reason=error.strerror or str(error))
