"""The user guides cannot drift from the code: pictures, links, algorithm ids, parameter names, structure."""

import importlib.util
import re
from pathlib import Path
from typing import Dict, Iterator, List, Set, Tuple

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
GUIDES = [DOCS / "guide.zh.md", DOCS / "guide.en.md"]
IMAGE_REF = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
LINK_REF = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s#]+)(?:#[^)]*)?\)")
ALGORITHM_REF = re.compile(r"\bzoningreview:([a-z_]+)")
# A parameter or output name written alone in backticks: `SITES`, `REPORT_FORMAT`.
PARAMETER_TOKEN = re.compile(r"`([A-Z][A-Z_]{2,})`")
# NAME= in a qgis_process command line.
COMMAND_ARGUMENT = re.compile(r"(?:^|\s)([A-Z][A-Z_]{2,})=")
# Upper-case words in backticks that are not Processing parameters: unit-layer fields, environment, a Windows
# device name (which no notes file may be called).
NOT_PARAMETERS = {
    "HJGKDYBM", "HJGKDYMC", "ZHGKDYFL", "KJBJYS", "PWWPFGK", "HJFXFK", "ZYKFXLYQ", "ZLCB",
    "QGIS_PLUGINPATH", "QT_QPA_PLATFORM", "CON",
}


def guide_text(path: Path) -> str:
    """A guide's Markdown."""
    return path.read_text(encoding="utf-8")


def prose_and_code(text: str) -> Iterator[Tuple[bool, str]]:
    """Every line with a flag telling whether it is inside a fenced code block."""
    fenced = False
    for line in text.splitlines():
        if line.strip().startswith("```"):
            fenced = not fenced
            continue
        yield fenced, line


def headings(text: str) -> List[Tuple[int, str]]:
    """(level, title) of every Markdown heading outside code blocks."""
    found = []
    for fenced, line in prose_and_code(text):
        match = re.match(r"^(#{1,6})\s+(.*)$", line)
        if match and not fenced:
            found.append((len(match.group(1)), match.group(2).strip()))
    return found


def commands(text: str) -> List[Tuple[str, Set[str]]]:
    """(algorithm, argument names) of every ``run zoningreview:…`` command in the code blocks."""
    found: List[Tuple[str, Set[str]]] = []
    current = None
    for fenced, line in prose_and_code(text):
        if not fenced:
            current = None
            continue
        match = re.search(r"\brun\s+zoningreview:([a-z_]+)", line)
        if match:
            current = (match.group(1), set())
            found.append(current)
        if current is not None:
            current[1].update(COMMAND_ARGUMENT.findall(line.split(" -- ", 1)[-1]))
            if not line.rstrip().endswith("\\"):
                current = None
    return found


def parameter_mentions(text: str) -> List[Tuple[str, str, int]]:
    """(algorithm or '', name, line) of each parameter named in prose.

    The algorithm is the last ``zoningreview:…`` id mentioned since the latest heading; names
    outside such a scope must belong to some algorithm.
    """
    found = []
    scope = ""
    for number, (fenced, line) in enumerate(prose_and_code(text), start=1):
        if not fenced and line.startswith("#"):
            scope = ""
        ids = ALGORITHM_REF.findall(line)
        if not fenced:
            found.extend((ids[-1] if ids else scope, name, number)
                         for name in PARAMETER_TOKEN.findall(line) if name not in NOT_PARAMETERS)
        if ids:
            scope = ids[-1]
    return found


@pytest.fixture(scope="module")
def provider(qgis_app):
    """The Zoning Review provider with its algorithms loaded (kept referenced while in use)."""
    from zoning_review.plugin.processing.provider import ZoningReviewProvider

    provider = ZoningReviewProvider()
    provider.loadAlgorithms()
    yield provider


@pytest.fixture(scope="module")
def parameters(provider) -> Dict[str, Set[str]]:
    """Parameter names of every algorithm, by algorithm name (``reviewsites``)."""
    return {a.name(): {d.name() for d in a.parameterDefinitions()} for a in provider.algorithms()}


@pytest.fixture(scope="module")
def algorithms(provider, parameters) -> Dict[str, Set[str]]:
    """Parameter and output names of every algorithm, by algorithm name."""
    return {a.name(): parameters[a.name()] | {d.name() for d in a.outputDefinitions()}
            for a in provider.algorithms()}


def guide_images_module():
    """tools/guide_images.py, imported from its path."""
    spec = importlib.util.spec_from_file_location("guide_images", ROOT / "tools" / "guide_images.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_referenced_image_exists_and_is_copied_by_the_script(guide):
    module = guide_images_module()
    known = {item.name for item in module.GUIDE_IMAGES}
    refs = IMAGE_REF.findall(guide_text(guide))
    assert refs, f"{guide.name} shows no picture"
    for ref in refs:
        assert ref.startswith("images/"), f"{guide.name}: {ref} is not under images/"
        path = DOCS / ref
        assert path.is_file(), f"{guide.name}: {ref} missing; run the tests, then tools/guide_images.py"
        assert path.name in known, f"{ref} is not in tools/guide_images.py GUIDE_IMAGES"
        assert path.stat().st_size <= module.MAX_BYTES, f"{ref} is over {module.MAX_BYTES} bytes"


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_relative_links_resolve(guide):
    for ref in LINK_REF.findall(guide_text(guide)):
        if "://" not in ref:
            assert (guide.parent / ref).exists(), f"{guide.name}: broken link {ref}"


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_algorithm_ids_exist(guide, algorithms):
    mentioned = set(ALGORITHM_REF.findall(guide_text(guide)))
    assert mentioned, f"{guide.name} names no algorithm"
    assert mentioned <= set(algorithms), f"{guide.name}: unknown {sorted(mentioned - set(algorithms))}"


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_command_arguments_are_parameters_of_their_algorithm(guide, algorithms):
    found = commands(guide_text(guide))
    assert found, f"{guide.name} shows no qgis_process command"
    for algorithm, arguments in found:
        assert algorithm in algorithms, algorithm
        unknown = arguments - algorithms[algorithm]
        assert not unknown, f"{guide.name}: zoningreview:{algorithm} has no {sorted(unknown)}"


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_parameter_names_in_prose_exist(guide, algorithms):
    every = set().union(*algorithms.values())
    mentions = parameter_mentions(guide_text(guide))
    assert mentions, f"{guide.name} names no parameter"
    for algorithm, name, line in mentions:
        allowed = algorithms.get(algorithm, every)
        assert name in allowed, f"{guide.name}:{line}: {name} is not a parameter of {algorithm or 'any algorithm'}"


def test_every_parameter_is_described(parameters):
    for guide in GUIDES:
        mentions = parameter_mentions(guide_text(guide))
        for algorithm, names in parameters.items():
            described = {name for scope, name, _line in mentions if scope == algorithm}
            missing = names - described
            assert not missing, f"{guide.name} does not describe {algorithm} {sorted(missing)}"


def test_both_guides_have_the_same_section_structure():
    zh, en = (headings(guide_text(g)) for g in GUIDES)
    assert sum(1 for level, _t in zh if level == 2) == sum(1 for level, _t in en if level == 2)
    assert [level for level, _t in zh] == [level for level, _t in en]


def test_the_guides_say_the_sample_is_not_official():
    assert "不是官方数据" in guide_text(GUIDES[0])
    assert "illustrative, not official" in guide_text(GUIDES[1])
