"""The condition picker's page of an expression: its formula and the optional label reviews show instead of it."""

from typing import Any, Dict

from qgis.PyQt.QtWidgets import QFormLayout, QLineEdit, QWidget

from ...i18n import tr


class ExpressionPage(QWidget):
    """A QGIS expression over the declared attributes and its label in Chinese and English."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.formula = self._edit("zr_expression_formula",
                                  tr("A QGIS expression over the declared attributes, e.g. \"water_m3d\" > 5000"))
        self.label_zh = self._edit("zr_expression_label_zh",
                                   tr("Optional: the condition in words, which reasons show instead of the formula"))
        self.label_en = self._edit("zr_expression_label_en", tr("Optional: the same words in English"))
        form.addRow(tr("Formula"), self.formula)
        form.addRow(tr("Label (Chinese)"), self.label_zh)
        form.addRow(tr("Label (English)"), self.label_en)

    def _edit(self, name: str, hint: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(hint)
        return edit

    def condition(self) -> Dict[str, Any]:
        """The expression condition on the page: the formula alone without a label, else formula and label;
        ValueError with a translated message when the formula, or the Chinese of an English label, is missing."""
        formula = self.formula.text().strip()
        if not formula:
            raise ValueError(tr("Write the expression's formula."))
        zh, en = self.label_zh.text().strip(), self.label_en.text().strip()
        if en and not zh:
            raise ValueError(tr("Give the label in Chinese too: the English label is optional, the Chinese one is "
                                "not."))
        if not zh:
            return {"expression": formula}
        return {"expression": {"formula": formula, "label": {"zh": zh, **({"en": en} if en else {})}}}

    def show_value(self, value: Any) -> bool:
        """Put an expression as written on the page; False when the page cannot show it (another key, or a value
        that is not text)."""
        written = value if isinstance(value, dict) else {"formula": value}
        label = written.get("label", {})
        if set(written) - {"formula", "label"} or not isinstance(label, dict) or set(label) - {"zh", "en"}:
            return False
        formula = written.get("formula")
        if not all(isinstance(text, str) for text in (formula, *label.values())):
            return False
        self.formula.setText(formula)
        self.label_zh.setText(label.get("zh", ""))
        self.label_en.setText(label.get("en", ""))
        return True
