"""QGIS enum members renamed after 3.22: the current name where QGIS has it (hasattr), the 3.22 name before."""

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsLegendStyle,
    QgsMapLayerProxyModel,
    QgsPalLayerSettings,
    QgsProcessing,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterDefinition,
    QgsUnitTypes,
    QgsWkbTypes,
)

_GEOMETRY_TYPE = hasattr(Qgis, "GeometryType")  # QGIS 3.30
_WKB_TYPE = hasattr(Qgis, "WkbType")  # QGIS 3.30
_LAYER_FILTER = hasattr(Qgis, "LayerFilter")  # QGIS 3.34
_SOURCE_TYPE = hasattr(Qgis, "ProcessingSourceType")  # QGIS 3.36
_SOURCE_FLAG = hasattr(Qgis, "ProcessingFeatureSourceFlag")  # QGIS 3.36
_REQUEST_FLAG = hasattr(Qgis, "FeatureRequestFlag")  # QGIS 3.36
_LABEL_PLACEMENT = hasattr(Qgis, "LabelPlacement")  # QGIS 3.26
_DISTANCE_UNIT = hasattr(Qgis, "DistanceUnit")  # QGIS 3.30
_WKT_VARIANT = hasattr(Qgis, "CrsWktVariant")  # QGIS 3.36

POLYGON_GEOMETRY = Qgis.GeometryType.Polygon if _GEOMETRY_TYPE else QgsWkbTypes.GeometryType.PolygonGeometry
"""The polygon geometry type (of layers, rubber bands and ``QgsWkbTypes.geometryType``)."""

LINE_GEOMETRY = Qgis.GeometryType.Line if _GEOMETRY_TYPE else QgsWkbTypes.GeometryType.LineGeometry
"""The line geometry type."""

POINT_GEOMETRY = Qgis.GeometryType.Point if _GEOMETRY_TYPE else QgsWkbTypes.GeometryType.PointGeometry
"""The point geometry type."""

DEGREES = Qgis.DistanceUnit.Degrees if _DISTANCE_UNIT else QgsUnitTypes.DistanceUnit.DistanceDegrees
"""The map unit of a CRS in degrees."""

METRES = Qgis.DistanceUnit.Meters if _DISTANCE_UNIT else QgsUnitTypes.DistanceUnit.DistanceMeters
"""The distance unit metre."""

WKB_POLYGON = Qgis.WkbType.Polygon if _WKB_TYPE else QgsWkbTypes.Type.Polygon
"""The WKB type Polygon."""

WKB_NO_GEOMETRY = Qgis.WkbType.NoGeometry if _WKB_TYPE else QgsWkbTypes.Type.NoGeometry
"""WKB type: a table without geometry."""

WKB_MULTIPOLYGON = Qgis.WkbType.MultiPolygon if _WKB_TYPE else QgsWkbTypes.Type.MultiPolygon
"""The WKB type MultiPolygon."""

WKB_UNKNOWN = Qgis.WkbType.Unknown if _WKB_TYPE else QgsWkbTypes.Type.Unknown
"""The WKB type Unknown (a database source that names no geometry type)."""

WKB_GEOMETRY_COLLECTION = Qgis.WkbType.GeometryCollection if _WKB_TYPE else QgsWkbTypes.Type.GeometryCollection
"""The WKB type GeometryCollection."""

LAYER_FILTER_POLYGON = Qgis.LayerFilter.PolygonLayer if _LAYER_FILTER else QgsMapLayerProxyModel.Filter.PolygonLayer
"""Layer combo box filter: polygon vector layers."""

LAYER_FILTER_VECTOR = Qgis.LayerFilter.VectorLayer if _LAYER_FILTER else QgsMapLayerProxyModel.Filter.VectorLayer
"""Layer combo box filter: vector layers."""

SOURCE_POLYGON = (Qgis.ProcessingSourceType.VectorPolygon if _SOURCE_TYPE
                  else QgsProcessing.SourceType.TypeVectorPolygon)
"""Processing source type: polygon vector layers."""

SOURCE_ANY_GEOMETRY = (Qgis.ProcessingSourceType.VectorAnyGeometry if _SOURCE_TYPE
                       else QgsProcessing.SourceType.TypeVectorAnyGeometry)
"""Processing source type: vector layers of any geometry type."""

SOURCE_TABLE = (Qgis.ProcessingSourceType.Vector if _SOURCE_TYPE
                else QgsProcessing.SourceType.TypeVector)
"""Processing source type: a table (vector layer without geometry)."""

SOURCE_FILE = Qgis.ProcessingSourceType.File if _SOURCE_TYPE else QgsProcessing.SourceType.TypeFile
"""Processing source type: files (a multiple-layers parameter then holds file paths)."""

HIDDEN_PARAMETER = (Qgis.ProcessingParameterFlag.Hidden if hasattr(Qgis, "ProcessingParameterFlag")
                    else QgsProcessingParameterDefinition.Flag.FlagHidden)
"""The flag of a Processing parameter set only by other algorithms (not shown in dialogs or help)."""

SKIP_GEOMETRY_CHECKS = (Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks if _SOURCE_FLAG
                        else QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
"""Processing feature source flag: read invalid geometries instead of stopping on them."""

NO_GEOMETRY_CHECK = (Qgis.InvalidGeometryCheck.NoCheck if hasattr(Qgis, "InvalidGeometryCheck")  # QGIS 3.36
                     else QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
"""Invalid-geometry check: none (invalid geometries read as they are)."""

OVERRIDE_GEOMETRY_CHECK = (Qgis.ProcessingFeatureSourceDefinitionFlag.OverrideDefaultGeometryCheck
                           if hasattr(Qgis, "ProcessingFeatureSourceDefinitionFlag")  # QGIS 3.36
                           else QgsProcessingFeatureSourceDefinition.Flag.FlagOverrideDefaultGeometryCheck)
"""Feature source definition flag: its own invalid-geometry check instead of the context's."""

NO_GEOMETRY = Qgis.FeatureRequestFlag.NoGeometry if _REQUEST_FLAG else QgsFeatureRequest.Flag.NoGeometry
"""Feature request flag: fetch attributes only."""

LABEL_HORIZONTAL = (Qgis.LabelPlacement.Horizontal if _LABEL_PLACEMENT
                    else QgsPalLayerSettings.Placement.Horizontal)
"""Horizontal labels anywhere inside a polygon (from 3.38 ``QgsPalLayerSettings.Horizontal`` is another enum)."""

LEGEND_SYMBOL_LABEL = (Qgis.LegendComponent.SymbolLabel if hasattr(Qgis, "LegendComponent")  # QGIS 3.32
                       else QgsLegendStyle.Style.SymbolLabel)
"""The legend component of an entry's label text."""

WKT2_2019 = (Qgis.CrsWktVariant.Wkt2_2019 if _WKT_VARIANT
             else QgsCoordinateReferenceSystem.WktVariant.WKT2_2019)
"""A CRS written as WKT2 (2019), which names its datum (``DATUM["…"`` or ``ENSEMBLE["…"``)."""
