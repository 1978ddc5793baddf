"""The plugin log and the one guard at every algorithm's boundary (#15)."""

import pytest
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

from zoning_review.plugin.log import TAG, log_error, log_info, log_warning
from zoning_review.plugin.processing.base import ZoningReviewAlgorithm


@pytest.fixture
def logged(qgis_app):
    """Messages the plugin writes to the QGIS message log: (text, tag, level)."""
    seen = []

    def record(text, tag, level):
        seen.append((text, tag, int(level)))

    log = QgsApplication.messageLog()
    log.messageReceived.connect(record)
    yield seen
    log.messageReceived.disconnect(record)


def test_log_levels_and_traceback(logged):
    log_info("info line")
    log_warning("warning line")
    try:
        {}["missing"]
    except KeyError as error:
        log_error("it broke", error)
    ours = [entry for entry in logged if entry[1] == TAG]
    assert [text.splitlines()[0] for text, _tag, _level in ours] == ["info line", "warning line", "it broke"]
    assert len({level for _t, _g, level in ours}) == 3
    assert "Traceback" in ours[2][0] and "KeyError: 'missing'" in ours[2][0] and "test_log_levels" in ours[2][0]


class Failing(ZoningReviewAlgorithm):
    """An algorithm whose body fails with the given exception."""

    ALGORITHM_ID = "failing"
    error: BaseException = ValueError("boom")

    def displayName(self) -> str:  # noqa: N802
        return "Failing"

    def help_text(self) -> str:
        return ""

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        pass

    def run_algorithm(self, parameters, context, feedback):
        raise self.error


@pytest.mark.parametrize("error, words", [
    (ValueError("boom"), ["Failing failed unexpectedly", "ValueError: boom", "Log Messages"]),
    (PermissionError(13, "Permission denied", "/x/notes"), ["You may not write to /x/notes"]),
    (FileExistsError(17, "File exists", "/x/file"), ["/x/file is a file where a folder is needed"]),
])
def test_unexpected_errors_become_a_message_and_a_log_entry(logged, error, words):
    algorithm = Failing()
    algorithm.error = error
    algorithm.initAlgorithm()
    with pytest.raises(QgsProcessingException) as raised:
        algorithm.processAlgorithm({}, QgsProcessingContext(), QgsProcessingFeedback())
    for word in words:
        assert word in str(raised.value)
    assert "Traceback" not in str(raised.value)
    assert any(tag == TAG and "Traceback" in text and type(error).__name__ in text for text, tag, _l in logged)


def test_processing_exceptions_pass_through_unlogged(logged):
    algorithm = Failing()
    algorithm.error = QgsProcessingException("a clear message")
    with pytest.raises(QgsProcessingException, match="^a clear message$"):
        algorithm.processAlgorithm({}, QgsProcessingContext(), QgsProcessingFeedback())
    assert not [entry for entry in logged if entry[1] == TAG]
