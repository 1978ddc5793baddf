"""A PDF notes template chosen in the options that cannot be used (gone, not a layout, without the body's area):
the message names the file and says what to do — choose another where it was chosen, in the words of the real
options page, or leave that field empty for the shipped template. No file is written."""

from pathlib import Path

import pytest

from zoning_review.plugin import settings
from zoning_review.plugin.notes.export import write_notes
from zoning_review.plugin.notes.layout_renderer import TEMPLATE
from zoning_review.plugin.notes.layout_template import NotesError

from .notes_helpers import Scenario


@pytest.fixture(scope="module")
def scenario(qgis_app, example_rules):
    return Scenario(example_rules)


def _options_words(qtbot) -> tuple:
    """The options page's title in Settings ▸ Options and the label of its template field, as QGIS shows them."""
    from zoning_review.plugin.gui.options_page import ZoningReviewOptionsFactory

    factory = ZoningReviewOptionsFactory()
    page = factory.createWidget()
    qtbot.addWidget(page)
    form = page.template.parentWidget().layout()
    return factory.title(), form.labelForField(page.template).text()


def _without_body(folder: Path) -> Path:
    """The shipped template with its body's area given another id."""
    text = Path(TEMPLATE).read_text(encoding="utf-8")
    assert text.count('id="body"') == 1
    path = folder / "letterhead.qpt"
    path.write_text(text.replace('id="body"', 'id="letterhead_body"'), encoding="utf-8")
    return path


@pytest.mark.parametrize("make, problem", [
    (lambda folder: folder / "gone.qpt", "cannot be read"),
    (lambda folder: (folder / "project.qpt").write_text('<qgis version="3.22.0" projectname=""/>', encoding="utf-8")
     and folder / "project.qpt", "is not a valid template"),  # a project file, not a layout
    (_without_body, "has no item with the id 'body' that marks where the notes body goes: give that id to the item "
                    "of the body's area in the Layout Designer,"),
])
def test_a_broken_template_chosen_in_the_options_names_it_and_says_what_to_do(scenario, tmp_path, qtbot, make,
                                                                            problem):
    template = make(tmp_path)
    title, label = _options_words(qtbot)
    assert (title, label) == ("Zoning Review", "PDF notes template")
    settings.NOTES_TEMPLATE.set(str(template))
    try:
        with pytest.raises(NotesError) as error:
            write_notes(scenario.review, scenario.context, str(tmp_path / "out"), "S01", "pdf", "en")
    finally:
        settings.NOTES_TEMPLATE.reset()
    message = str(error.value)
    assert message.startswith(f"The layout template {template} {problem}"), message
    assert message.endswith(f" choose another template under Settings ▸ Options ▸ {title} ({label}), or leave that "
                            "field empty to use the template shipped with the plugin."), message
    assert not (tmp_path / "out" / "S01.pdf").exists()
