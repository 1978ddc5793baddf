"""Before anything is written: every output is writable, truncates nothing and touches no input or other output."""

import os
from dataclasses import dataclass
from typing import Iterator, List, Optional, Tuple

from qgis.core import (
    QgsDataSourceUri,
    QgsFileUtils,
    QgsProcessingException,
    QgsProviderRegistry,
    QgsVectorFileWriter,
)

from ..compat import SOURCE_FILE
from ..i18n import list_separator, tr
from .existing_outputs import replaced_layers
from .parameter_words import parameter_said

LAYER_INPUTS = ("source", "vector", "layer", "raster", "mesh", "pointcloud")
FILE_OUTPUTS = ("sink", "vectorDestination", "rasterDestination", "fileDestination")
SINK_OUTPUTS = ("sink", "vectorDestination")
TRUNCATING = (".shp", ".dbf")
MAPINFO = (".tab", ".mif", ".mid")  # texts cut to 254 characters, double columns written unreadable
NOTE_SUFFIXES = (".html", ".pdf")
DATABASE_PREFIXES = ("memory:", "postgis:", "postgres:", "spatialite:", "dbname=")


@dataclass(frozen=True)
class Target:
    """A file (and GeoPackage table) a parameter reads or writes."""

    name: str
    label: str
    path: str
    table: Optional[str] = None
    piped: bool = False
    """Whether the table was given as file|layername=table, which QGIS writes as a file of that whole name."""

    def shown(self) -> str:
        """How a message names the target: “label” (NAME): path[|layername=table]."""
        where = f"{self.path}|layername={self.table}" if self.table else self.path
        return parameter_said(self.label, self.name, where)


def resolved(path: str) -> str:
    """One spelling per file: absolute, links followed, case as the system compares."""
    return os.path.normcase(os.path.realpath(os.path.abspath(os.path.expanduser(path))))


def split_destination(text: str) -> Tuple[str, Optional[str]]:
    """'file.gpkg|layername=x' → (file.gpkg, x); a plain path → (path, None)."""
    path, *options = text.split("|")
    table = None
    for option in options:
        key, _, value = option.partition("=")
        if key.strip().lower() == "layername" and value.strip():
            table = value.strip()
    return path, table


def ogr_destination(text: str) -> Tuple[str, Optional[str]]:
    """An ogr: destination (dbname='file.gpkg' table="x") → (file.gpkg, x)."""
    uri = QgsDataSourceUri(text[len("ogr:"):])
    return uri.database(), uri.table() or None


def written_path(path: str) -> str:
    """The file QGIS writes for a sink's plain path: '.gpkg' added when the text after the last dot names
    no format (QgsProcessingUtils.createFeatureSink), the format's own extension added when the path ends in
    another of its extensions (QgsVectorFileWriter: out.json → out.json.geojson)."""
    _stem, dot, extension = path.rpartition(".")
    driver = QgsVectorFileWriter.driverForExtension(extension) if dot else ""
    if not driver:
        return path + ".gpkg"
    metadata = QgsVectorFileWriter.MetaData()
    extensions = metadata.ext.split() if QgsVectorFileWriter.driverMetadata(driver, metadata) else []
    if extensions and not any(path.lower().endswith("." + ext.lower()) for ext in extensions):
        return f"{path}.{extensions[0]}"
    return path


def file_output(alg, parameters, name: str, context) -> str:
    """A file destination's path as the algorithm writes it: its filter's first extension added when the name ends
    in none of them (建议 规则 → 建议 规则.yaml), as QGIS's file dialog completes it (QgsFileUtils); '' when none."""
    path = alg.parameterAsFileOutput(parameters, name, context) or ""
    return QgsFileUtils.addExtensionFromFilter(path, alg.parameterDefinition(name).fileFilter()) if path else ""


def _layer_target(name: str, label: str, layer) -> Optional[Target]:
    """The file behind a layer, or None when it is no file (a database, a memory layer)."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path") or ""
    if not path or not os.path.exists(path):
        return None
    return Target(name, label, resolved(path), parts.get("layerName") or None)


def input_targets(alg, parameters, context) -> Iterator[Target]:
    """Every file the algorithm reads from its parameters."""
    for definition in alg.parameterDefinitions():
        kind, name = definition.type(), definition.name()
        if definition.isDestination() or parameters.get(name) in (None, ""):
            continue
        label = definition.description()
        if kind == "file" or (kind == "multilayer" and definition.layerType() == SOURCE_FILE):
            paths = ([alg.parameterAsFile(parameters, name, context)] if kind == "file"
                     else alg.parameterAsFileList(parameters, name, context))
            for path in paths:
                if path and os.path.exists(path):
                    yield Target(name, label, resolved(path))
        elif kind in LAYER_INPUTS or kind == "multilayer":
            layers = (alg.parameterAsLayerList(parameters, name, context) if kind == "multilayer"
                      else [alg.parameterAsLayer(parameters, name, context)])
            for layer in filter(None, layers):
                target = _layer_target(name, label, layer)
                if target is not None:
                    yield target


def output_targets(alg, parameters, context) -> Iterator[Tuple[str, Target]]:
    """(parameter type, target) of every file or folder the algorithm will write, a sink's or file destination's
    file both as given and as written (out → out.gpkg, rules → rules.yaml)."""
    for definition in alg.destinationParameterDefinitions():
        kind, name = definition.type(), definition.name()
        if kind in SINK_OUTPUTS:
            text = alg.parameterAsOutputLayer(parameters, name, context) or ""
        elif kind in ("fileDestination", "folderDestination"):
            text = alg.parameterAsFileOutput(parameters, name, context) or ""
        else:
            continue
        path, table = ogr_destination(text) if text.startswith("ogr:") else split_destination(text)
        if not path or "://" in path or path.lower().startswith(DATABASE_PREFIXES):
            continue  # a memory layer or a database: no file to compare
        piped = kind in SINK_OUTPUTS and table is not None and not text.startswith("ogr:")
        target = Target(name, definition.description(), resolved(path), table, piped)
        yield kind, target
        written = target.path
        if kind == "sink" and path == text:
            written = resolved(written_path(path))
        elif kind == "fileDestination":
            written = resolved(file_output(alg, parameters, name, context))
        if written != target.path:  # a file name completed with its extension: checked as given and as written
            yield kind, Target(name, definition.description(), written, table)


def check_outputs(alg, parameters, context) -> None:
    """Refuse, naming both, any output that would overwrite an input or another output, or fail."""
    inputs = list(input_targets(alg, parameters, context))
    outputs = list(output_targets(alg, parameters, context))
    for number, (kind, target) in enumerate(outputs):
        if kind == "folderDestination":
            _check_folder(target, inputs + [t for _k, t in outputs if t is not target])
        else:
            _check_file(kind, target)
            for other in inputs:
                if other.path == target.path:
                    raise QgsProcessingException(tr(
                        "{output} is the input {input}: writing it would destroy the input. "
                        "Choose another output file.").format(output=target.shown(), input=other.shown()))
            _check_existing(kind, target)
        for other_kind, other in outputs[number + 1:]:
            if other_kind != "folderDestination" and kind != "folderDestination" and _same_table(target, other):
                raise QgsProcessingException(tr(
                    "{output} and {other} are the same file: one would overwrite the other. Choose "
                    "different files, or different tables of one GeoPackage (ogr:dbname='file.gpkg' "
                    "table=\"name\" (geom))."
                ).format(output=target.shown(), other=other.shown()))


def _same_table(one: Target, other: Target) -> bool:
    """Whether two outputs would write the same file or table."""
    if one.path != other.path:
        return False
    return one.table is None or other.table is None or one.table.lower() == other.table.lower()


def _check_file(kind: str, target: Target) -> None:
    """An output file: not a folder, in a folder that exists and may be written, no truncating format."""
    if os.path.isdir(target.path):
        raise QgsProcessingException(tr("{output} is a folder. Give the name of a file to write.").format(
            output=target.shown()))
    folder = os.path.dirname(target.path)
    if not os.path.isdir(folder):
        raise QgsProcessingException(tr(
            "{output}: the folder {folder} does not exist. Create it or choose another folder.").format(
            output=target.shown(), folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK) or (
            os.path.exists(target.path) and not os.access(target.path, os.W_OK)):
        raise QgsProcessingException(tr(
            "{output}: you may not write to {folder} (read-only). Choose a folder you may write to."
        ).format(output=target.shown(), folder=folder))
    if kind in SINK_OUTPUTS and os.path.splitext(target.path)[1].lower() in TRUNCATING:
        raise QgsProcessingException(tr(
            "{output}: a shapefile cuts field names to 10 characters and texts to 254, which would "
            "lose findings. Choose a GeoPackage (.gpkg) instead.").format(output=target.shown()))
    if kind in SINK_OUTPUTS and os.path.splitext(target.path)[1].lower() in MAPINFO:
        raise QgsProcessingException(tr(
            "{output}: a MapInfo file cuts texts to 254 characters, which would lose findings, and GDAL cannot "
            "write these outputs' decimal columns to it. Choose a GeoPackage (.gpkg) instead.").format(
            output=target.shown()))


def _check_existing(kind: str, target: Target) -> None:
    """A sink's table given as file|layername=table (QGIS writes a file of that whole name) refused; a sink's
    existing file given without a table refused when writing it whole would delete other layers."""
    if target.piped:
        raise QgsProcessingException(tr(
            "{output}: QGIS does not write an output to a table given as |layername=; it would write a new file "
            "with this whole name. Give the table as ogr:dbname='file.gpkg' table=\"name\" (geom), or give a "
            "file name only.").format(output=target.shown()))
    layers = replaced_layers(target.path) if kind in SINK_OUTPUTS and target.table is None else []
    if layers:
        raise QgsProcessingException(tr(
            "{output} already holds the layers {layers}: QGIS writes this file anew, which would delete them. "
            "Write to a table of it (ogr:dbname='file.gpkg' table=\"name\" (geom)) or choose another file."
        ).format(output=target.shown(), layers=list_separator().join(layers)))


def _check_folder(target: Target, others: List[Target]) -> None:
    """A folder to write files into: not a file, writable, holding no input or output as a note's name."""
    if os.path.exists(target.path) and not os.path.isdir(target.path):
        raise QgsProcessingException(tr(
            "{output} is a file, not a folder. Choose a folder for the files.").format(output=target.shown()))
    existing = target.path
    while not os.path.exists(existing) and os.path.dirname(existing) != existing:
        existing = os.path.dirname(existing)
    if not os.path.isdir(existing) or not os.access(existing, os.W_OK | os.X_OK):
        raise QgsProcessingException(tr(
            "{output}: you may not write to {folder} (read-only, or a file). Choose a folder you may "
            "write to.").format(output=target.shown(), folder=existing))
    for other in others:
        inside = os.path.dirname(other.path) == target.path
        if inside and os.path.splitext(other.path)[1].lower() in NOTE_SUFFIXES:
            raise QgsProcessingException(tr(
                "{output} holds {other}, which a note could overwrite. Choose another folder.").format(
                output=target.shown(), other=other.shown()))
