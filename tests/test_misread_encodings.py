"""Chinese text a layer reads one byte a character — a GBK, GB 18030 or Big5 Shapefile whose .cpg file names 1252
or ISO-8859-1 — is told misread whatever its characters: GBK's own (堃 珺 昇 喆 赟, common in names, beyond GB 2312)
and Big5's, whose second byte is often ASCII, as much as GB 2312's; real Latin-1 text (French, German) and Chinese
read as written are not. The warning naming such a layer says which encoding its text looks written in, what it
reads there, and what to set (the layer's encoding, or its .cpg file).

Expected values: each misread text is made here by encoding the Chinese and decoding the bytes as Latin-1 or 1252,
as QGIS does; the reviewsites case is the sample's S07 (non-compliant by G-SL-05 in the grade-I water-source zone,
tests/test_misread_text.py), its grades written in Chinese."""

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsVectorLayer

from zoning_review.plugin.core.inputs.misread_layers import misread_layer_warning
from zoning_review.plugin.core.misread_text import as_written, misread

from .test_misread_text import grade_rules, review_s07
from .test_processing_review import edited_sample

GBK_NAMES = ["王堃", "张喆", "李珺", "赵昇", "刘赟", "堃园村", "昇平镇重点管控单元", "李赟昇"]
BIG5_NAMES = ["臺灣省", "台北市政府", "雄縣重點管控單元", "一級保護區", "生態保護紅線", "優先保護單元"]
LATIN = ["Zürich", "Müße", "Ménétrier", "Café", "Straße", "Düsseldorf", "Genève", "Françoise", "naïve", "Œuvre",
         "„Grüße“", "Ärger über Öl", "São Tomé", "Ærøskøbing", "Noël", "Besançon", "Sainte-Hélène", "Württemberg",
         "Mönchengladbach", "Jürgen", "Schäfer", "Lübeck", "Éléonore", "déjà vu", "façade", "résumé",
         "crème brûlée", "Ça va", "Ängelholm", "Citroën", "Österreich", "Öffentliche Straße", "Maître",
         "Hôtel-Dieu", "Château", "Forêt", "Fußgängerzone", "Äußere", "Königsbrück", "Saint-Étienne", "Orléans",
         "Évry", "Göttingen", "Saarbrücken", "Würzburg", "Gießen", "Tübingen", "Jönköping", "Reykjavík", "25°C",
         "µg/m³", "£100", "«Bonjour»", "“quoted”"]


def read_as(text: str, codec: str, page: str) -> str:
    """``text`` written in ``codec`` as QGIS reads it with a .cpg naming ``page`` (latin-1 or 1252): one byte a
    character, the bytes 1252 lacks as the control characters of their value."""
    written = text.encode(codec)
    if page == "latin-1":
        return written.decode("latin-1")
    return "".join(chr(byte) if byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([byte]).decode("cp1252")
                   for byte in written)


@pytest.mark.parametrize("page", ["latin-1", "1252"])
@pytest.mark.parametrize("text, codec, encoding", [(name, "gbk", "GBK") for name in GBK_NAMES]
                         + [(name, "cp950", "Big5") for name in BIG5_NAMES]
                         + [("王\U00020bb7", "gb18030", "GB18030"), ("雄县重点管控单元", "utf-8", "UTF-8")])
def test_chinese_read_one_byte_a_character_is_misread_and_named_by_its_encoding(text, codec, encoding, page):
    shown = read_as(text, codec, page)
    # before: only text of GB 2312 characters (both bytes high) was told misread
    assert misread(shown) and as_written(shown) == (encoding, text), shown


@pytest.mark.parametrize("text", LATIN + GBK_NAMES + BIG5_NAMES + ["plain", "ZH13062920001", "一级保护区", ""])
def test_latin_text_and_chinese_read_as_written_are_not_misread(text):
    assert not misread(text) and as_written(text) is None


def chinese_shapefile(sample_gpkg, folder, encoding, grades, cpg):
    """The sample's water_source written by GDAL as a Shapefile in ``encoding`` (GDAL's name: CP936, GB18030,
    CP950), field grade holding ``grades[grade]``, with the .cpg file ``cpg`` (None: none) and no language driver
    id, so the .cpg file alone names the encoding."""
    folder.mkdir()
    path = folder / "water_source.shp"
    kept = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", None)  # QGIS sets it empty, which stops GDAL writing in ENCODING
    try:
        sample = ogr.Open(str(sample_gpkg))
        source = sample.GetLayerByName("water_source")
        data = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(path))
        layer = data.CreateLayer("water_source", source.GetSpatialRef(), ogr.wkbMultiPolygon, [f"ENCODING={encoding}"])
        layer.CreateField(ogr.FieldDefn("grade", ogr.OFTString))
        for feature in source:
            copy = ogr.Feature(layer.GetLayerDefn())
            copy.SetField("grade", grades[feature["grade"]])
            copy.SetGeometry(feature.GetGeometryRef().Clone())
            layer.CreateFeature(copy)
        data = sample = None  # closed: written
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", kept)
    dbf = folder / "water_source.dbf"
    content = bytearray(dbf.read_bytes())
    content[29] = 0
    dbf.write_bytes(bytes(content))
    codec = {"CP936": "gbk", "GB18030": "gb18030", "CP950": "cp950"}[encoding]
    assert all(grade.encode(codec) in content for grade in grades.values())  # written in that encoding
    (folder / "water_source.cpg").unlink(missing_ok=True)
    if cpg is not None:
        (folder / "water_source.cpg").write_text(cpg, encoding="ascii")
    return path


NAMES = {"I": "昇平水源地一级保护区", "II": "昇平水源地二级保护区"}  # 昇: a GBK character beyond GB 2312
BIG5_GRADES = {"I": "一級保護區", "II": "二級保護區"}
WRITTEN = [("CP936", NAMES, "GBK", "936"), ("GB18030", NAMES, "GBK", "936"), ("CP950", BIG5_GRADES, "Big5", "950")]


@pytest.mark.parametrize("cpg", ["1252", "ISO-8859-1"])
@pytest.mark.parametrize("encoding, grades, named, holds", WRITTEN)
def test_the_warning_names_the_encoding_the_layer_looks_written_in(qgis_app, sample_gpkg, tmp_path, encoding, grades,
                                                                   named, holds, cpg):
    layer = QgsVectorLayer(str(chinese_shapefile(sample_gpkg, tmp_path / "w", encoding, grades, cpg)), "w", "ogr")
    values = {feature.id(): feature["grade"] for feature in layer.getFeatures()}
    assert set(values.values()).isdisjoint(grades.values()) and all(misread(value) for value in values.values())
    said = misread_layer_warning(layer, "水源保护区")
    # before: nothing was said (the GBK extension's and Big5's characters were not told misread)
    assert said.startswith("Layer 水源保护区 looks read in the wrong encoding"), said
    assert f"looks written in {named} and read as Latin letters" in said
    assert f"field grade of feature 0: {values[0]}, which reads {grades['I']} in {named}" in said
    assert f"Set its data source encoding to {named} (Layer Properties ▸ Source)" in said
    assert f"make its .cpg file (same name, beside it) hold {holds}" in said


@pytest.mark.parametrize("encoding, grades, named, holds", WRITTEN)
def test_a_layer_read_as_written_or_not_decoded_is_named_as_before(qgis_app, sample_gpkg, tmp_path, encoding, grades,
                                                                   named, holds):
    right = chinese_shapefile(sample_gpkg, tmp_path / "right", encoding, grades, holds)
    layer = QgsVectorLayer(str(right), "w", "ogr")
    assert {feature["grade"] for feature in layer.getFeatures()} == set(grades.values())
    assert misread_layer_warning(layer, "w") == ""
    undecoded = QgsVectorLayer(str(chinese_shapefile(sample_gpkg, tmp_path / "none", encoding, grades, None)), "w",
                               "ogr")
    said = misread_layer_warning(undecoded, "w")
    assert "its text holds characters that could not be decoded (field grade of feature 0: " in said, said
    assert "such as GBK (Big5 for traditional Chinese)" in said and "holding 936 (GBK) or 950 (Big5)" in said


@pytest.mark.parametrize("encoding, grades, cpg, wrong", [("CP950", BIG5_GRADES, "950", "1252"),
                                                          ("CP936", NAMES, "936", "ISO-8859-1")])
def test_reviewsites_needs_study_where_the_filter_reads_big5_or_gbk_misread(zr_processing, sample_gpkg, tmp_path,
                                                                            example_rules, encoding, grades, cpg,
                                                                            wrong):
    rules = grade_rules(example_rules, tmp_path / "rules.yaml", grades)
    gpkg = edited_sample(sample_gpkg, tmp_path / "sample.gpkg",
                         "UPDATE sites SET discharges_pollutants = 0 WHERE site_id = 'S07'")
    summary, said = {}, {}
    for name, given in (("right", cpg), ("wrong", wrong)):
        water = chinese_shapefile(sample_gpkg, tmp_path / name, encoding, grades, given)
        summary[name], said[name] = review_s07(gpkg, rules, water, tmp_path, name)
    assert summary["right"]["verdict"] == "non_compliant" and summary["right"]["deciding"] == "G-SL-05"
    # before: no feature's grade equalled the rule's, so the site was outside every grade-I zone: compliant
    assert summary["wrong"]["verdict"] == "needs_study" and "G-SL-05" in summary["wrong"]["deciding"]
    named = "Big5" if encoding == "CP950" else "GBK"
    warned = [line for line in said["wrong"].said("warning", "") if "looks read in the wrong encoding" in line]
    assert len(warned) == 1 and "water_source" in warned[0] and f"looks written in {named}" in warned[0], warned
    assert not any("wrong encoding" in line for line in said["right"].said("warning", ""))
