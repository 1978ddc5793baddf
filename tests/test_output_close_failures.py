"""A file that fails when it closes (a full disk at a GeoPackage's COMMIT) is a failed output, not "written".

QGIS commits a GeoPackage output's rows when its sink is deleted and only logs a failed COMMIT, so the run
reported the file as written while it held none of its rows. The disk is made full for real: the review runs
in a child process whose file size limit (RLIMIT_FSIZE, SIGXFSZ ignored) is set, once the first site is
reviewed, to the size SUMMARY's file has then, so its rows cannot be committed.
"""

import subprocess
import sys
import textwrap

import pytest
from osgeo import ogr

from tests.test_processing_review import params

CHILD = textwrap.dedent('''
    import os, resource, signal, sys
    sys.path[:0] = [sys.argv[1], "/usr/share/qgis/python/plugins"]
    import tests.conftest  # noqa: F401 - registers the checkout as zoning_review
    from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    from zoning_review.plugin.processing.provider import ZoningReviewProvider
    provider = ZoningReviewProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    import processing
    parameters = eval(sys.argv[2])
    summary = parameters["SUMMARY"]

    def full_disk(_progress):
        if resource.getrlimit(resource.RLIMIT_FSIZE)[0] == resource.RLIM_INFINITY:
            size = os.path.getsize(summary)
            resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(full_disk)
    try:
        processing.run("zoningreview:reviewsites", parameters, feedback=feedback)
        print("RESULT: written")
    except QgsProcessingException as error:
        print("RESULT: " + str(error))
    sys.stdout.flush()
    os._exit(0)
''')


def held(gpkg) -> int:
    """The rows of the GeoPackage's table summary (0 when there is no such file or table)."""
    try:
        data = ogr.Open(str(gpkg))
    except RuntimeError:  # GDAL's exceptions turned on by an earlier test: the file does not open
        return 0
    layer = data.GetLayerByName("summary") if data is not None else None
    return layer.GetFeatureCount() if layer is not None else 0


def test_a_summary_whose_rows_cannot_be_committed_fails_the_run(sample_gpkg, example_rules, tmp_path, repo_root):
    summary = tmp_path / "summary.gpkg"
    parameters = params(sample_gpkg, example_rules, tmp_path, SUMMARY=str(summary), FINDINGS="TEMPORARY_OUTPUT")
    child = subprocess.run([sys.executable, "-c", CHILD, str(repo_root), repr(parameters)], capture_output=True,
                           text=True, timeout=600, cwd=str(repo_root))
    result = [line for line in child.stdout.splitlines() if line.startswith("RESULT: ")]
    assert result, child.stdout + child.stderr
    assert held(summary) < 10  # the premise: the disk was full when the rows were committed
    label = f"RESULT: “Summary (one row per site)” (SUMMARY): {summary}: "
    incomplete = ("the GeoPackage holds 0 of the 10 rows written to it", "the GeoPackage cannot be read back after "
                  "writing")  # GDAL 3.6 commits the new table with its rows
    assert result[0] in [f"{label}{text}, so it is incomplete: its rows could not be committed, most often because "
                         "the disk is full. The run failed; free space on that disk, or choose a folder on another "
                         "disk." for text in incomplete]


def test_a_table_the_format_leaves_out_fails_the_run(zr_processing, example_rules, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    from tests.test_rules_diff import changed_copy

    output = tmp_path / "diff.fgb"  # FlatGeobuf leaves rows without geometry out (GDAL 3.6) or refuses them (3.10)
    with pytest.raises(QgsProcessingException) as error:
        processing.run("zoningreview:diffrules", {
            "OLD": str(example_rules), "NEW": str(changed_copy(example_rules, tmp_path / "new.yaml")),
            "OUTPUT": str(output)})
    text = str(error.value)
    assert text.startswith(f"“Rules added, removed and changed” (OUTPUT): {output}: ")
    assert "the file holds 0 of the 5 rows written to it" in text or "rows could not be written" in text
