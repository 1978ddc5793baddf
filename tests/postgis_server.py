"""A throwaway PostgreSQL + PostGIS server for the tests: its own data folder, a Unix socket only
(no TCP port), every statement logged so that tests can see what QGIS asked the database."""

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import List

from osgeo import gdal
from qgis.core import QgsDataSourceUri, QgsVectorLayer

SAMPLE_TABLES = ("control_units", "red_line", "water_source", "river_bank", "industrial_park", "sites")
PORT = "54329"  # only names the socket file inside the server's own folder
DATABASE = "zoning"


def _bin_dir() -> Path:
    """The newest installed PostgreSQL's programs (Debian's layout)."""
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if not versions:
        raise RuntimeError("PostgreSQL is not installed: run `make deps` (postgresql, postgis).")
    return versions[-1].parent


def _as_server_user(command: List[str]) -> List[str]:
    """Run as the postgres user when we are root (initdb refuses root)."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@dataclass
class PostgisServer:
    """A running server; ``uri(table)`` names a table for QGIS's postgres provider."""

    folder: Path

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    def psql(self, sql: str) -> str:
        """Run SQL in the test database; the output, unaligned and tuples only."""
        done = subprocess.run(
            _as_server_user([str(_bin_dir() / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                             "-h", str(self.socket_dir), "-p", PORT, "-U", "postgres", "-d", DATABASE, "-c", sql]),
            capture_output=True, text=True, check=True)
        return done.stdout.strip()

    def uri(self, table: str) -> QgsDataSourceUri:
        """The data source of a table of the test database (geometry geom, key fid)."""
        uri = QgsDataSourceUri()
        uri.setConnection(str(self.socket_dir), PORT, DATABASE, "postgres", "")
        uri.setDataSource("public", table, "geom", "", "fid")
        return uri

    def layer(self, table: str, name: str = "") -> QgsVectorLayer:
        """A QGIS layer of a table."""
        layer = QgsVectorLayer(self.uri(table).uri(False), name or table, "postgres")
        assert layer.isValid(), f"postgres layer {table} did not open: {self.log.read_text()[-2000:]}"
        return layer

    def load(self, path: Path, layer: str) -> None:
        """Copy a layer of a vector file into a new table of that name, with GDAL (not QGIS)."""
        options = gdal.VectorTranslateOptions(
            format="PostgreSQL", layers=[layer], layerName=layer, accessMode="overwrite",
            layerCreationOptions=["GEOMETRY_NAME=geom", "FID=fid", "LAUNDER=NO"])
        target = f"PG:host={self.socket_dir} port={PORT} dbname={DATABASE} user=postgres"
        assert gdal.VectorTranslate(target, str(path), options=options) is not None, gdal.GetLastErrorMsg()

    def checksum(self, table: str) -> str:
        """A digest of a table's rows, geometries included."""
        return self.psql(f"SELECT md5(string_agg(t::text, '|' ORDER BY fid)) FROM {table} t")

    def statements(self) -> str:
        """Everything the server logged so far."""
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        subprocess.run(_as_server_user([str(_bin_dir() / "pg_ctl"), "-D", str(self.folder / "data"),
                                        "-m", "immediate", "-w", "stop"]), capture_output=True, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> PostgisServer:
    """Create, start and prepare (database with PostGIS) a private server."""
    folder = Path(tempfile.mkdtemp(prefix="zr-postgis-"))
    folder.chmod(0o755)
    (folder / "socket").mkdir()
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        shutil.chown(folder / "socket", "postgres", "postgres")
    server = PostgisServer(folder)
    tools = _bin_dir()
    run = {"capture_output": True, "text": True, "check": True}
    subprocess.run(_as_server_user([str(tools / "initdb"), "-D", str(folder / "data"), "-U", "postgres",
                                    "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "-N"]), **run)
    options = (f"-k {server.socket_dir} -p {PORT} -c listen_addresses='' -c fsync=off "
               "-c log_statement=all -c logging_collector=off")
    subprocess.run(_as_server_user([str(tools / "pg_ctl"), "-D", str(folder / "data"), "-o", options,
                                    "-l", str(server.log), "-w", "start"]), **run)
    subprocess.run(_as_server_user([str(tools / "createdb"), "-h", str(server.socket_dir), "-p", PORT,
                                    "-U", "postgres", DATABASE]), **run)
    server.psql("CREATE EXTENSION postgis")
    return server
