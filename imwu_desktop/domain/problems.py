"""Problem: one thing the user must fix (error) or should look at (warning) before sending.

Every check (field rules, eligibility, checklist, MRZ) reports Problems; the step flow groups
them by step and the GUI and `imwu-desktop check` show them.
"""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One problem on one step. `field` names the input, `item` the checklist item."""

    step: str
    id: str
    severity: str  # ERROR blocks sending; WARNING does not
    message: str
    field: str = ""
    item: str = ""

    @property
    def blocking(self) -> bool:
        return self.severity == ERROR

    def to_dict(self) -> dict[str, str]:
        """The shape of check --json: empty field/item are left out."""
        out = {"step": self.step}
        if self.field:
            out["field"] = self.field
        if self.item:
            out["item"] = self.item
        out.update({"id": self.id, "severity": self.severity, "message": self.message})
        return out
