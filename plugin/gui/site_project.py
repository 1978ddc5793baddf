"""The project a new site brings to the form: its selected features' when they describe one, never the values an
earlier site's feature left in the form."""

from typing import Any, Dict, List, Optional, Tuple

from ..core.inputs.cut_fields import cut_forms
from ..core.inputs.site_attributes import (
    CATALOGUE_FIELDS,
    CONSTRUCTION_FIELDS,
    INDUSTRY_FIELDS,
    SiteFieldMap,
    detect_site_fields,
    project_from_attributes,
)
from ..core.model.project import ProjectDescription
from ..core.model.vocab import CATALOGUE_VOCAB, CONSTRUCTION_VOCAB
from ..core.rules.readings import blank
from ..i18n import list_separator, tr
from .project_form import ProjectForm
from .review_task import Site
from .site_sources import SiteError

MAX_NAMED = 10  # features named in a message, at most


def _declared(rulesets: List[Any]) -> Dict[str, str]:
    """The rule sets' declared attributes: name → type."""
    return {name: decl.type for ruleset in rulesets for name, decl in ruleset.attributes.items()}


def _field_map(names: List[str], rulesets: List[Any]) -> Optional[SiteFieldMap]:
    """The fields of a site layer the review reads; None when it has none (a land parcel, a control unit)."""
    mapping = detect_site_fields(names, _declared(rulesets))
    if not (mapping.industry_field or mapping.construction_field or mapping.catalogue_field or mapping.attributes):
        return None
    return mapping


def _project(attributes: Dict[str, Any], mapping: SiteFieldMap) -> ProjectDescription:
    """The project one feature's attributes describe, its construction and catalogue as vocabulary ids."""
    project = project_from_attributes("", attributes, mapping)
    project.construction = CONSTRUCTION_VOCAB.id_of(project.construction) or project.construction
    project.catalogue = CATALOGUE_VOCAB.id_of(project.catalogue) or project.catalogue
    return project


def _aspects(mapping: SiteFieldMap) -> List[Tuple[str, Any]]:
    """(the layer's field, how a project gives its value) for every value the review reads."""
    aspects = [(mapping.industry_field, lambda p: p.industry),
               (mapping.construction_field, lambda p: p.construction),
               (mapping.catalogue_field, lambda p: p.catalogue)]
    aspects += [(field_name, lambda p, name=name: p.attributes.get(name))
                for name, (field_name, _kind) in mapping.attributes.items()]
    return [(field_name, value) for field_name, value in aspects if field_name]


def _label(fid: int, attributes: Dict[str, Any], mapping: SiteFieldMap) -> str:
    """A feature as its layer names it: its site id, else its feature id."""
    given = attributes.get(mapping.id_field) if mapping.id_field else None
    return str(fid) if blank(given) else str(given).strip()


def features_project(site: Site, rulesets: List[Any]) -> Optional[Tuple[ProjectDescription, str]]:
    """The one project the site's selected features describe (their names joined when they differ) and the features
    named; None when their layer has no field the review reads; SiteError naming the fields and the features when
    their values differ."""
    mapping = _field_map(list(site.features[0][1]), rulesets) if site.features else None
    if mapping is None:
        return None
    projects = [(_label(fid, attributes, mapping), _project(attributes, mapping)) for fid, attributes in site.features]
    labels = [label for label, _project_ in projects]
    named = list_separator().join(labels[:MAX_NAMED] + (["…"] if len(labels) > MAX_NAMED else []))
    first = projects[0][1]
    differ = [name for name, value in _aspects(mapping) if any(value(p) != value(first) for _label_, p in projects)]
    if differ:
        raise SiteError(tr("{origin} describe different projects: their fields {fields} differ ({features}), so "
                           "they were not taken as one site. Select the features of one project, or one feature, and "
                           "press “Selected” again.").format(
            origin=site.origin, fields=list_separator().join(differ), features=named))
    first.name = list_separator().join(dict.fromkeys(p.name for _label_, p in projects if p.name))
    return first, tr("{origin}: {features}").format(origin=site.origin, features=named)


def cut_fields_message(site: Site, rulesets: List[Any]) -> str:
    """What the site's features' fields that may be a name the review reads, cut by the Shapefile format, are taken
    for ('' when none is): not that name, as two names may be cut alike and a wrong guess could pass a site."""
    names = list(site.features[0][1]) if site.features else []
    mapping = detect_site_fields(names, _declared(rulesets))
    wanted = [spellings for spellings, found in ((INDUSTRY_FIELDS, mapping.industry_field),
                                                 (CONSTRUCTION_FIELDS, mapping.construction_field),
                                                 (CATALOGUE_FIELDS, mapping.catalogue_field)) if not found]
    wanted += [(name,) for name in _declared(rulesets) if name not in mapping.attributes]
    cuts = [cut for spellings in wanted for cut in cut_forms(spellings, names)]
    return "\n".join(tr("{origin}: field {field} may be {name} cut to 10 characters by the Shapefile format, so it "
                        "is not read as {name}: give the value in the project form, or save the sites as a "
                        "GeoPackage, which keeps whole field names.").format(origin=site.origin, field=field,
                                                                              name=name)
                     for field, name in cuts)


def fill_form(form: ProjectForm, site: Site, rulesets: List[Any]) -> Tuple[str, int]:
    """Fill the form with the project the site's features describe; the message to show and its level ('' for
    none). The form keeps what the reviewer entered, never what an earlier site's feature gave (SiteError when
    the features describe different projects). A site after a feature's is told once that it is reviewed with the
    feature's values, not every later one. Fields that may be names cut by the Shapefile format are named first."""
    cut = cut_fields_message(site, rulesets)
    message, level = _filled(form, site, rulesets)
    return "\n".join(text for text in (cut, message) if text), max(level, 1 if cut else 0)


def _filled(form: ProjectForm, site: Site, rulesets: List[Any]) -> Tuple[str, int]:
    """``fill_form`` but for the fields cut by the Shapefile format."""
    taken = features_project(site, rulesets)
    if taken is not None:
        form.set_project(taken[0], taken_from=taken[1])
        return "", 0
    previous = form.taken_from
    if site.features and previous:
        form.set_project(ProjectDescription())
        return tr("{origin} has no field the review reads, so the project form was emptied: it held the values "
                  "taken from {previous}, another site's. Enter this project's values.").format(
            origin=site.origin, previous=previous), 1
    if site.features:
        return tr("{origin} has no field the review reads (industry, construction nature, catalogue class or an "
                  "attribute the rule sets declare): only its outline is the site, and the project form keeps what "
                  "was entered.").format(origin=site.origin), 0
    if previous and not form.taken_named:  # said once, for the first site after the feature's
        form.taken_named = True
        return tr("The new site ({origin}) is reviewed with the project values taken from {previous}: check that "
                  "they describe this site's project.").format(origin=site.origin, previous=previous), 1
    return "", 0
