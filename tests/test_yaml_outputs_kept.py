"""The rule-set files importaccesslist and suggestconditions write: a file already there (a hand-edited rule set)
is kept as a timestamped backup named in the log; a failed or cancelled run leaves it as it was; a name given
without an extension is written with .yaml, as QGIS's file dialog completes it."""

import re

import pytest
from qgis.core import QgsProcessingException

from tests.access_list_writers import write_csv
from tests.kept_feedback import Feedback, cancelled_before_start
from tests.test_access_list_layouts import BEIJING
from tests.test_processing_suggest import prose_rules
from tests.test_qgis_process import qgis_process  # noqa: F401 - fixture
from tests.test_qgis_process_safety import refused
from zoning_review.plugin.core.rules.loader import load_ruleset

HAND_EDITED = "# 手工整理的规则集，勿覆盖\nformat: zoning-review-rules/1\n"
BACKUP = re.compile(r"\.\d{8}-\d{6}(-\d+)?\.bak$")


def backups(path) -> list:
    """The timestamped backups beside ``path``."""
    return sorted(p for p in path.parent.iterdir() if p.name.startswith(path.name + ".") and BACKUP.search(p.name))


def kept_log(log: Feedback, path, backup) -> bool:
    """Whether the log names the output and its backup, in the plugin's words."""
    return f"{path} already existed: the file it held is kept as {backup}." in log.infos


def test_importaccesslist_keeps_the_file_it_replaces_and_names_the_backup(zr_processing, tmp_path):
    import processing

    table = tmp_path / "东城区.csv"
    write_csv(table, BEIJING, encoding="utf-8")
    out = tmp_path / "我的 规则.yaml"
    out.write_text(HAND_EDITED, encoding="utf-8")
    log = Feedback()
    processing.run("zoningreview:importaccesslist", {"INPUT": str(table), "OUTPUT": str(out)}, feedback=log)
    assert load_ruleset(str(out)).ruleset is not None
    [backup] = backups(out)
    assert backup.read_text(encoding="utf-8") == HAND_EDITED
    assert kept_log(log, out, backup), log.infos
    log = Feedback()
    processing.run("zoningreview:importaccesslist", {"INPUT": str(table), "OUTPUT": str(out)}, feedback=log)
    assert len(backups(out)) == 2  # a second run keeps its own backup (numbered within one second)
    assert sum("already existed" in line for line in log.infos) == 1


def test_a_new_file_has_no_backup_and_no_such_line(zr_processing, tmp_path):
    import processing

    table = tmp_path / "东城区.csv"
    write_csv(table, BEIJING, encoding="utf-8")
    out = tmp_path / "rules.yaml"
    log = Feedback()
    processing.run("zoningreview:importaccesslist", {"INPUT": str(table), "OUTPUT": str(out)}, feedback=log)
    assert backups(out) == [] and not any("already existed" in line for line in log.infos)


def test_a_failed_import_leaves_the_file_as_it_was(zr_processing, tmp_path):
    import processing

    table = tmp_path / "无表头.csv"
    write_csv(table, [["甲", "乙"], ["1", "2"]], encoding="utf-8")
    out = tmp_path / "rules.yaml"
    out.write_text(HAND_EDITED, encoding="utf-8")
    with pytest.raises(QgsProcessingException):
        processing.run("zoningreview:importaccesslist", {"INPUT": str(table), "OUTPUT": str(out)})
    assert out.read_text(encoding="utf-8") == HAND_EDITED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rules.yaml", "无表头.csv"]


def test_suggestconditions_keeps_the_file_it_replaces(zr_processing, example_rules, tmp_path):
    import processing

    source = prose_rules(example_rules, tmp_path)
    out = tmp_path / "建议.yaml"
    out.write_text(HAND_EDITED, encoding="utf-8")
    log = Feedback()
    processing.run("zoningreview:suggestconditions", {"INPUT": str(source), "OUTPUT": str(out)}, feedback=log)
    assert "suggested:" in out.read_text(encoding="utf-8")
    [backup] = backups(out)
    assert backup.read_text(encoding="utf-8") == HAND_EDITED
    assert kept_log(log, out, backup), log.infos


def test_a_cancelled_run_leaves_the_file_as_it_was(zr_processing, example_rules, tmp_path):
    import processing

    source = prose_rules(example_rules, tmp_path)
    table = tmp_path / "东城区.csv"
    write_csv(table, BEIJING, encoding="utf-8")
    out = tmp_path / "建议.yaml"
    out.write_text(HAND_EDITED, encoding="utf-8")
    for algorithm, given in (("suggestconditions", source), ("importaccesslist", table)):
        with pytest.raises(QgsProcessingException, match="nothing was written"):
            processing.run(f"zoningreview:{algorithm}", {"INPUT": str(given), "OUTPUT": str(out)},
                           feedback=cancelled_before_start())
        assert out.read_text(encoding="utf-8") == HAND_EDITED and backups(out) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["imported.yaml", "东城区.csv", "建议.yaml"]


def test_an_output_without_an_extension_is_written_with_yaml(zr_processing, example_rules, tmp_path):
    import processing

    source = prose_rules(example_rules, tmp_path)
    result = processing.run("zoningreview:suggestconditions", {
        "INPUT": str(source), "OUTPUT": str(tmp_path / "建议 规则")})
    assert result["OUTPUT"] == str(tmp_path / "建议 规则.yaml")
    assert load_ruleset(result["OUTPUT"]).ruleset is not None and not (tmp_path / "建议 规则").exists()
    kept = processing.run("zoningreview:suggestconditions", {"INPUT": str(source), "OUTPUT": str(tmp_path / "a.yml")})
    assert kept["OUTPUT"] == str(tmp_path / "a.yml")  # a rule set's other extension is kept
    with pytest.raises(QgsProcessingException, match="destroy the input"):  # imported → imported.yaml, the input
        processing.run("zoningreview:suggestconditions", {"INPUT": str(source), "OUTPUT": str(tmp_path / "imported")})
    assert source.read_text(encoding="utf-8").count("suggested:") == 0


@pytest.mark.qgis_process
def test_the_command_line_completes_the_name_and_keeps_the_old_file(qgis_process, tmp_path):  # noqa: F811
    table = tmp_path / "东城区.csv"
    write_csv(table, BEIJING, encoding="utf-8")
    out = tmp_path / "建议 规则.yaml"
    out.write_text(HAND_EDITED, encoding="utf-8")
    proc, result = qgis_process.run("zoningreview:importaccesslist", {
        "INPUT": str(table), "OUTPUT": str(tmp_path / "建议 规则")})
    assert proc.returncode == 0, proc.stderr
    assert result["results"]["OUTPUT"] == str(out) and not (tmp_path / "建议 规则").exists()
    [backup] = backups(out)
    assert backup.read_text(encoding="utf-8") == HAND_EDITED and str(backup) in proc.stdout
    written = out.read_bytes()
    proc, _ = qgis_process.run("zoningreview:suggestconditions", {
        "INPUT": str(out), "OUTPUT": str(tmp_path / "建议 规则")})  # that is 建议 规则.yaml, the input
    refused(proc, "destroy the input", str(out))
    assert out.read_bytes() == written and len(backups(out)) == 1
