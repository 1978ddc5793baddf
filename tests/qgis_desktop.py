"""Run a script inside the real QGIS desktop under Xvfb, with a throwaway profile and the plugin.

A test script is a Python file defining ``main(iface)``; it runs once QGIS is up and may
return any JSON-serialisable detail. Errors anywhere in Python (plugin load, signal handlers,
the script) fail the run; a modal dialog that would block forever is reported and killed.
"""

import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SUPPORT = HERE / "e2e" / "support"

GLOBAL_SETTINGS = "[PythonPlugins]\nzoning_review=true\n"
# What keeps the throwaway profile off the network. The news feed's switch moved: QGIS 3.22 reads
# core/NewsFeed/<feed>/disabled, 3.40 core/<feed>/disabled. A download that runs is more than a wait: on QGIS 3.40
# the task manager's thread that ran it opens the authentication database, and when that thread ends after the
# database's owner is gone (QGIS leaving within the thread pool's 30 s idle time) QGIS dies on signal 11.
NO_NETWORK = (
    "[core]\nNewsFeed\\httpsfeedqgisorg\\disabled=true\nhttpsfeedqgisorg\\disabled=true\n"
    "[qgis]\ncheckVersion=false\nshowTips=false\n"
    "[app]\nplugin_installer\\checkOnStart=false\n"
    "[fonts]\ndownloadMissingFonts=false\n"  # 3.28+ fetches a missing font in a task
)


@dataclass
class DesktopRun:
    """What a QGIS desktop run produced."""

    returncode: int
    errors: List[str] = field(default_factory=list)
    detail: Any = None
    stdout: str = ""
    stderr: str = ""

    def explain(self) -> str:
        """Everything useful for a failure message."""
        return (
            f"rc={self.returncode}\nerrors={self.errors}\ndetail={self.detail}\n"
            f"--- stderr (tail) ---\n{self.stderr[-4000:]}"
        )


def qgis_available() -> bool:
    """True when the desktop app and xvfb-run are installed."""
    return bool(shutil.which("qgis") and shutil.which("xvfb-run"))


def make_plugin_dir(base: Path, plugin_source: Path = ROOT) -> Path:
    """A plugins folder holding ``zoning_review`` as a link to the plugin source."""
    plugins = base / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    link = plugins / "zoning_review"
    if not link.exists():
        link.symlink_to(plugin_source, target_is_directory=True)
    return plugins


def run_on_rules(script: Path, artifacts: Path, text: str, folder: Path, locale: str) -> Tuple[DesktopRun, Path]:
    """Run ``script`` in QGIS on a rule set written from ``text`` into ``folder`` (``ZR_E2E_RULES`` names it);
    the run, checked to have ended cleanly, and the rule set's path."""
    rules = folder / "rules.yaml"
    rules.write_text(text, encoding="utf-8")
    run = run_in_qgis(script, artifacts, locale=locale, env={"ZR_E2E_RULES": str(rules)})
    assert run.returncode == 0 and not run.errors, run.explain()
    return run, rules


def run_in_qgis(
    script: Path,
    artifacts: Path,
    locale: str = "en_US",
    timeout: int = 150,
    env: Optional[Dict[str, str]] = None,
    plugin_source: Path = ROOT,
) -> DesktopRun:
    """Start QGIS under xvfb-run with ``script``'s main(iface) scheduled; wait for it to exit."""
    work = Path(tempfile.mkdtemp(prefix="zr-e2e-"))
    try:
        return _run(work, script, artifacts, locale, timeout, env or {}, plugin_source)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _environment(work: Path, script: Path, artifacts: Path, locale: str, plugins: Path) -> Dict:
    """Environment of the QGIS process: private runtime dir, locale, plugin path, our hooks."""
    runtime = work / "runtime"
    runtime.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(
        XDG_RUNTIME_DIR=str(runtime),
        LANG=f"{locale}.UTF-8" if "." not in locale else locale,
        LC_ALL=f"{locale}.UTF-8" if "." not in locale else locale,
        QGIS_PLUGINPATH=str(plugins),
        PYQGIS_STARTUP=str(SUPPORT / "watchdog.py"),
        ZR_E2E_SCRIPT=str(script),
        ZR_E2E_RESULT=str(work / "result.json"),
        ZR_E2E_ERRORS=str(work / "errors.log"),
        ZR_E2E_ARTIFACTS=str(artifacts),
        ZR_E2E_ROOT=str(ROOT),
    )
    return env


def _run(work, script, artifacts, locale, timeout, extra_env, plugin_source) -> DesktopRun:
    """Body of run_in_qgis."""
    artifacts.mkdir(parents=True, exist_ok=True)
    plugins = make_plugin_dir(work, plugin_source)
    ini = work / "global.ini"
    ini.write_text(GLOBAL_SETTINGS, encoding="utf-8")
    env = _environment(work, script, artifacts, locale, plugins)
    env.update(extra_env)
    settings_locale = locale.split(".")[0]
    profiles = work / "profiles"
    _write_profile(profiles, settings_locale)
    auth = work / "Xauthority"  # xvfb-run once failed to remove a folder of its own for it (status 5, hiding QGIS's)
    auth.touch()
    cmd = [
        "timeout", "-k", "5", str(timeout), "xvfb-run", "-a", "-n", first_display(), "-f", str(auth),
        "-s", "-screen 0 1366x768x24",
        "qgis", "--profiles-path", str(profiles), "--globalsettingsfile", str(ini),
        "--nologo", "--noversioncheck", "--code", str(SUPPORT / "bootstrap.py"),
    ]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, start_new_session=True)
    return _collect(work, proc)


def first_display() -> str:
    """The display number xvfb-run tries first: ZR_XVFB_SERVER (99), a thousand on for each further pytest-xdist
    worker, as two xvfb-run -a starting at once from one number may both take it."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    return str(int(os.environ.get("ZR_XVFB_SERVER", "99")) + 1000 * int(worker[2:] or 0))


def _write_profile(profiles: Path, locale: str) -> None:
    """A default profile whose UI locale is ``locale`` (e.g. zh_CN, en_US), kept off the network."""
    folder = profiles / "profiles" / "default" / "QGIS"  # QGIS keeps its profiles in a folder of that name there
    folder.mkdir(parents=True)
    (folder / "QGIS3.ini").write_text(
        f"[locale]\noverrideFlag=true\nuserLocale={locale}\n" + NO_NETWORK,
        encoding="utf-8",
    )


def _collect(work: Path, proc: subprocess.CompletedProcess) -> DesktopRun:
    """Read the result file and the error log the hooks wrote."""
    result_file = work / "result.json"
    data = json.loads(result_file.read_text(encoding="utf-8")) if result_file.exists() else {}
    errors = list(data.get("errors", []))
    log = work / "errors.log"
    if log.exists():
        errors.extend(e for e in log.read_text(encoding="utf-8").split("\n\x1e\n") if e.strip())
    rc = proc.returncode if proc.returncode else int(data.get("rc", 0) or 0)
    if not data:
        rc = rc or 99
    return DesktopRun(rc, errors, data.get("detail"), proc.stdout, proc.stderr)
