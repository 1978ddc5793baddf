"""Run ``qgis_process`` with a throwaway profile and this checkout loaded as the plugin.

Debian's /usr/bin/qgis_process wrapper passes --noversioncheck, which 3.22 rejects, so the
binary ``qgis_process.bin`` is called directly when it exists.
"""

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parents[1]


def qgis_process_binary() -> str:
    """The qgis_process executable to call."""
    for name in ("qgis_process.bin", "/usr/lib/qgis/qgis_process.bin", "qgis_process"):
        found = shutil.which(name)
        if found:
            return found
    raise FileNotFoundError("qgis_process not found: install the 'qgis' package")


class QgisProcess:
    """A throwaway QGIS profile with the plugin enabled, for running algorithms."""

    def __init__(self, plugin_source: Path = ROOT) -> None:
        self.home = Path(tempfile.mkdtemp(prefix="zr-qgis-process-"))
        plugins = self.home / "plugins"
        plugins.mkdir()
        (plugins / "zoning_review").symlink_to(plugin_source, target_is_directory=True)
        runtime = self.home / "runtime"
        runtime.mkdir(mode=0o700)
        self.env = dict(os.environ)
        self.env.update(
            QT_QPA_PLATFORM="offscreen",
            QGIS_CUSTOM_CONFIG_PATH=str(self.home / "profile"),
            QGIS_PLUGINPATH=str(plugins),
            XDG_RUNTIME_DIR=str(runtime),
        )
        self.call(["plugins", "enable", "zoning_review"], check=True)

    def call(self, args: List[str], check: bool = False, timeout: int = 600) -> subprocess.CompletedProcess:
        """Run qgis_process with these arguments."""
        cmd = [qgis_process_binary(), *args]
        proc = subprocess.run(cmd, env=self.env, capture_output=True, text=True, timeout=timeout)
        if check and proc.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr}")
        return proc

    def run(
        self, algorithm: str, params: Dict[str, object], timeout: int = 600
    ) -> Tuple[subprocess.CompletedProcess, Optional[dict]]:
        """Run an algorithm with --json; returns the process and the parsed JSON (or None)."""
        args = ["--json", "run", algorithm, "--"]
        for key, value in params.items():
            for item in value if isinstance(value, (list, tuple)) else [value]:
                args.append(f"{key}={item}")
        proc = self.call(args, timeout=timeout)
        try:
            data = json.loads(proc.stdout[proc.stdout.index("{"):]) if "{" in proc.stdout else None
        except ValueError:
            data = None
        return proc, data

    def close(self) -> None:
        """Remove the throwaway profile."""
        shutil.rmtree(self.home, ignore_errors=True)

    def __enter__(self) -> "QgisProcess":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
